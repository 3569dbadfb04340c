/**
 * The {@code touchmap} command line: {@code validate}, {@code export}, {@code import},
 * {@code report}, {@code diff} and {@code generate} work on map files without the editor and
 * without a display, for scripts and batch jobs. {@link org.touchmap.app.cli.Cli} is the one entry
 * point the launcher calls; the picocli commands behind it are package-private.
 *
 * <p>Each command is a thin shell over the code the editor runs too, so the two cannot disagree:
 * maps go through {@link org.touchmap.io.MapFiles}, pictures through {@code org.touchmap.render},
 * the workbook through {@link org.touchmap.render.workbook.WorkbookExport} and back through
 * {@link org.touchmap.io.xlsx.WorkbookImport}, report and diff through {@code org.touchmap.analysis}.
 * A failure is one line on standard error with exit code 1 (a file) or 2 (the command line); the
 * JSON of {@code report} and {@code diff} is a contract, see {@code docs/report-json.md} and
 * {@code docs/diff-json.md}.
 */
package org.touchmap.app.cli;
