package org.touchmap.ui;

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
