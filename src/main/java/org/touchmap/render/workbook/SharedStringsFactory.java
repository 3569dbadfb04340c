package org.touchmap.render.workbook;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Makes a new workbook's parts as POI makes them, except its shared strings table, which is the
 * one given: a workbook creates that table itself and offers no other way to replace it.
 */
final class SharedStringsFactory extends XSSFFactory {
    private final SharedStringsTable strings;

    SharedStringsFactory(SharedStringsTable strings) {
        this.strings = strings;
    }

    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        return descriptor == XSSFRelation.SHARED_STRINGS ? strings : super.newDocumentPart(descriptor);
    }
}
