package org.touchmap.edit;

import java.util.List;

/**
 * Changes read from another file, such as an edited Excel workbook, as one undo step called
 * "Import from FILE". The parts run in order and are undone together, like any composite.
 */
public final class ImportFromFile {
    private ImportFromFile() {
    }

    /** One step that applies {@code changes}; {@code fileName} is what the Edit menu shows. */
    public static CompositeCommand of(String fileName, List<? extends Command> changes) {
        return new CompositeCommand(Description.of("file.import", fileName), changes);
    }
}
