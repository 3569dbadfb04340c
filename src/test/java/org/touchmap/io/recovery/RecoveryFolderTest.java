package org.touchmap.io.recovery;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RecoveryFolderTest {
    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/touchmap/recovery"),
                RecoveryFolder.standard("Linux", Map.of("XDG_DATA_HOME", "/data")::get, "/home/ann"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/touchmap/recovery");
        assertEquals(expected, RecoveryFolder.standard("Linux", Map.<String, String>of()::get, "/home/ann"));
        assertEquals(expected, RecoveryFolder.standard("Linux", Map.of("XDG_DATA_HOME", "data")::get, "/home/ann"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ann/Library/Application Support/Touchmap/recovery"),
                RecoveryFolder.standard("Mac OS X", Map.<String, String>of()::get, "/Users/ann"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertEquals(Path.of("/c/Users/ann/AppData/Local/Touchmap/recovery"),
                RecoveryFolder.standard("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local")::get,
                        "/c/Users/ann"));
    }

    @Test
    void theSystemPropertyWins() {
        String before = System.getProperty(RecoveryFolder.PROPERTY);
        try {
            System.setProperty(RecoveryFolder.PROPERTY, "/tmp/touchmap-test-recovery");
            assertEquals(Path.of("/tmp/touchmap-test-recovery"), RecoveryFolder.forUser());
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryFolder.PROPERTY);
            } else {
                System.setProperty(RecoveryFolder.PROPERTY, before);
            }
        }
    }
}
