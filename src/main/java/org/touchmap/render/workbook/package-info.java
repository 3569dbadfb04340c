/**
 * The Excel export: {@link org.touchmap.render.workbook.WorkbookExport} writes a map as an xlsx
 * workbook. Its {@code Map} sheet is the grid of stages and lanes as a manager would print it, each
 * card a rating-coloured cell; its {@code Touchpoints} sheet has every attribute of every touchpoint
 * and is the sheet that imports back; {@code Chains}, {@code Stages}, {@code Criteria},
 * {@code Analysis} and, after a dot vote, {@code Votes} follow. Text never becomes a formula, rows
 * stream to disk so large maps need little memory, and every sheet prints readably on A4.
 *
 * <p>It runs headless like the picture exports in {@code org.touchmap.render}, with the canvas's
 * colours ({@link org.touchmap.layout.Palette}) and the analysis panel's numbers
 * ({@link org.touchmap.analysis.AnalysisReport}). The way back, and the Touchpoints columns both
 * directions share, are in {@code org.touchmap.io.xlsx}
 * ({@link org.touchmap.io.xlsx.WorkbookImport}); the editor's dialogs are in
 * {@code org.touchmap.ui.export}, the import's being {@link org.touchmap.ui.export.WorkbookImporting}.
 */
package org.touchmap.render.workbook;
