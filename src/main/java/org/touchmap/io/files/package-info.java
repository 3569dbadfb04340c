/**
 * Writing files so that nothing is lost: a new file is written beside the old one and renamed over
 * it ({@link org.touchmap.io.files.AtomicFileWriter}, keeping {@code FILE.bak}), outputs that would
 * overwrite an input or a folder are refused ({@link org.touchmap.io.files.OutputTargets}), room on
 * the disk is checked before ({@link org.touchmap.io.files.DiskSpace}), a file changed by someone
 * else is noticed ({@link org.touchmap.io.files.FileStamp}), and the temporary files of a write that
 * was interrupted are removed at once ({@link org.touchmap.io.files.UnfinishedFiles}) or at the next
 * start ({@link org.touchmap.io.files.StaleTempFiles}). Map saves ({@code org.touchmap.io.MapFiles}),
 * recovery copies and the exports of {@code org.touchmap.render} all write through here.
 */
package org.touchmap.io.files;
