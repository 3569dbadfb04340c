package org.touchmap.ui.document;

import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.io.files.StaleTempFiles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tidies what crashed saves left behind, without making the start wait for slow or network folders. */
public final class CrashedSaveTidying {
    private CrashedSaveTidying() {
    }

    /** Deletes stale temporary files in the recovery folder and in the folders of the recent files. */
    public static void tidyInBackground(RecoveryStore recovery, List<Path> recentFiles) {
        List<Path> folders = new ArrayList<>();
        folders.add(recovery.folder());
        recentFiles.forEach(file -> {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                folders.add(folder);
            }
        });
        Thread tidying = new Thread(() -> StaleTempFiles.delete(folders, StaleTempFiles.DEFAULT_AGE, Instant.now()),
                "touchmap-tidy");
        tidying.setDaemon(true);
        tidying.start();
    }
}
