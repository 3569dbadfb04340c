/**
 * Map files on disk, and what every reader and writer of them shares. {@link org.touchmap.io.MapFiles}
 * opens and saves {@code .cjm} files (refusing what is not an ordinary file, too large or
 * unreadable, writing atomically with a backup); every failure anywhere below is one
 * {@link org.touchmap.io.MapFileException} that names the file, the {@link org.touchmap.io.ProblemKind}
 * and {@link org.touchmap.io.FileLocation} in it (a JSON path, a line and column, a cell), in the
 * person's language ({@code errors*.properties}).
 *
 * <p>The concerns live in subpackages: the file format in {@link org.touchmap.io.json} (the only
 * place that knows Jackson), writing files safely in {@link org.touchmap.io.files}, the unsaved
 * work of open windows in {@link org.touchmap.io.recovery}, and the Excel import in
 * {@link org.touchmap.io.xlsx}. This layer uses the model and {@code edit} (an import is a command)
 * and nothing above; it knows no JavaFX. The model knows nothing of files.
 */
package org.touchmap.io;
