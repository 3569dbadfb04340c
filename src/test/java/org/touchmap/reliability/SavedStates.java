package org.touchmap.reliability;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import java.nio.file.Path;

/**
 * The numbered versions of one map that the save loop writes: version N is a bundled sample with
 * the title "state N" and a description whose length changes with N, so that consecutive saves
 * differ in size as well as in content and each version can be rebuilt to compare with a file.
 */
final class SavedStates {
    private final JourneyMap base;

    private SavedStates(JourneyMap base) {
        this.base = base;
    }

    static SavedStates fromSample() throws MapFileException {
        return new SavedStates(MapFiles.load(Corpus.samplesFolder().resolve("online-store.cjm")));
    }

    JourneyMap state(long n) {
        JourneyMap map = base.copy();
        map.setTitle("state " + n);
        map.setDescription("x".repeat((int) (n * 7919 % 20_000)));
        return map;
    }

    /** The number in a loaded map's title, or -1 when the title is not one of ours. */
    static long numberOf(JourneyMap map) {
        String title = map.title();
        return title.startsWith("state ") ? Long.parseLong(title.substring("state ".length())) : -1;
    }

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
