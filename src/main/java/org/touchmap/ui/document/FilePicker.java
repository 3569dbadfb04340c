package org.touchmap.ui.document;

import org.touchmap.ui.i18n.Messages;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for a file to open or save to. Tests replace it to answer without a dialog. */
public interface FilePicker {
    Optional<Path> chooseToOpen(Window owner);

    Optional<Path> chooseToSave(Window owner, String suggestedName);

    /**
     * Asks where to write an export. {@code filterName} names the file type, {@code extension} is
     * without the dot; {@code folder} is where the chooser starts, when known.
     */
    default Optional<Path> chooseToExport(Window owner, Path folder, String suggestedName, String filterName,
                                          String extension) {
        return Optional.empty();
    }

    /** Asks for an Excel workbook to import. */
    default Optional<Path> chooseWorkbook(Window owner, Path folder) {
        return Optional.empty();
    }

    /** The system's file dialogs, filtered to Touchmap maps. */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                File file = chooser(Messages.get("file.open.title")).showOpenDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                FileChooser chooser = chooser(Messages.get("file.saveAs.title"));
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToExport(Window owner, Path folder, String suggestedName, String filterName,
                                                 String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("export.chooser.title"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + extension));
                chooser.setInitialFileName(suggestedName);
                startIn(chooser, folder);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseWorkbook(Window owner, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("import.chooser.title"));
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter(Messages.get("export.format.xlsx"), "*.xlsx"));
                startIn(chooser, folder);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            private void startIn(FileChooser chooser, Path folder) {
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter(Messages.get("file.filter.maps"), "*.cjm"));
                return chooser;
            }
        };
    }
}
