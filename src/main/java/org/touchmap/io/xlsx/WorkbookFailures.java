package org.touchmap.io.xlsx;

import java.io.IOException;
import java.util.Locale;

import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import org.xml.sax.SAXException;

/**
 * Turns what POI and the XML parser throw at a bad workbook into one {@link MapFileException}
 * for a person. POI tells a zip bomb only by its message, so that is what is looked at.
 */
final class WorkbookFailures {
    private WorkbookFailures() {
    }

    static MapFileException translate(String file, Throwable failure, WorkbookLimits limits) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SheetXmlHandler.TooManyRows) {
                return MapFileException.of(file, failure, ProblemKind.WORKBOOK_TOO_MANY_ROWS,
                        Long.toString(limits.maxRows()));
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof IOException && message.contains("zip bomb") && message.contains("max size")) {
                return MapFileException.of(file, failure, ProblemKind.WORKBOOK_PART_TOO_LARGE,
                        Long.toString(limits.maxPartBytes()));
            }
            if (cause instanceof IOException && (message.contains("zip bomb") || message.contains("max_file_count"))) {
                return MapFileException.of(file, failure, ProblemKind.WORKBOOK_ZIP_BOMB);
            }
            if (cause instanceof SAXException && message.contains("doctype")) {
                return MapFileException.of(file, failure, ProblemKind.WORKBOOK_UNSAFE_XML);
            }
            if (cause instanceof LinkageError) {
                // The zip library knows Zstandard or XZ but leaves their codecs out; no workbook
                // program writes them, so such a file was packed by something else.
                return MapFileException.of(file, failure, ProblemKind.WORKBOOK_UNKNOWN_PACKING);
            }
        }
        if (failure instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || failure instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException) {
            return MapFileException.of(file, failure, ProblemKind.WORKBOOK_NOT_XLSX);
        }
        return MapFileException.of(file, failure, ProblemKind.WORKBOOK_DAMAGED, describe(failure));
    }

    /** A short reason for a damaged workbook: the exception's own words, on one line. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root instanceof IOException ? "read error" : root.getClass().getSimpleName();
        }
        return MessageValues.quote(message.strip());
    }
}
