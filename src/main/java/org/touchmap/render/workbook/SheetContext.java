package org.touchmap.render.workbook;

import java.util.Locale;

import org.touchmap.model.JourneyMap;

/** What every sheet writer needs: the map, the language, the workbook's words, and the cell writer. */
record SheetContext(JourneyMap map, Locale locale, WorkbookText text, Cells cells) {
}
