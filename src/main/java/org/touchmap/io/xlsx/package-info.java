/**
 * The Excel import: {@link org.touchmap.io.xlsx.WorkbookImport} reads back the {@code Touchpoints}
 * sheet of a workbook edited in Excel or LibreOffice, matches rows to touchpoints by id (other rows
 * become new cards) and returns {@link org.touchmap.io.xlsx.WorkbookChanges}: one undoable command,
 * a summary and the cells it could not read, so a person confirms before the map changes. Headers
 * and words are recognised in English, Russian and Serbian, in any column order. A workbook comes
 * from someone else's computer, so oversized files, zip bombs and DOCTYPEs are refused with one
 * {@link org.touchmap.io.MapFileException}, and formulas are never evaluated.
 *
 * <p>What export and import must agree on lives here too, because the export in
 * {@link org.touchmap.render.workbook.WorkbookExport} sits above this layer and reads it: the columns
 * ({@link org.touchmap.io.xlsx.TouchpointColumns}), the sheet names and the formula-safe text rule.
 * It builds its command from {@code org.touchmap.edit}; the dialog that runs it is
 * {@link org.touchmap.ui.export.WorkbookImporting}, the command line {@code touchmap import}.
 */
package org.touchmap.io.xlsx;
