/**
 * The window's way out to files and paper: File → Export (PNG, SVG, PDF, poster, Excel), Edit →
 * Copy as image, File → Print, and the way back of the Excel round trip, File → Import from Excel.
 * Pictures and workbooks are made by {@code org.touchmap.render} and
 * {@link org.touchmap.render.workbook.WorkbookExport} from a copy of the map, off the UI thread;
 * this package asks what to write, shows progress and explains failures.
 *
 * <p>Entry points are {@link org.touchmap.ui.export.Exporting},
 * {@link org.touchmap.ui.export.Printing} (printers behind
 * {@link org.touchmap.ui.export.PrinterAccess}, so tests need none) and
 * {@link org.touchmap.ui.export.WorkbookImporting}, which reads the Touchpoints sheet with
 * {@link org.touchmap.io.xlsx.WorkbookImport} and applies it as one undoable command once the
 * person agrees. The command line ({@code org.touchmap.app.cli}) calls render and io.xlsx directly.
 */
package org.touchmap.ui.export;
