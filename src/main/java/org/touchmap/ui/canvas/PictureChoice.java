package org.touchmap.ui.canvas;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;

import org.touchmap.edit.NoteProperties;
import org.touchmap.io.MapFileException;
import org.touchmap.io.pictures.PictureIntake;
import org.touchmap.model.Picture;

/**
 * Gives a storyboard frame its picture: chosen from a file, dropped on the frame (see
 * {@link PictureDrop}), or pasted (an image, or an image file copied in a file manager). A picture that is refused says why in one message and changes
 * nothing; a picture taken is one undo step.
 */
final class PictureChoice {
    private final CanvasEditing editing;

    PictureChoice(CanvasEditing editing) {
        this.editing = editing;
    }

    void choose(String noteId) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(editing.canvas().messages().get("note.picture.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                editing.canvas().messages().get("note.picture.filter"), "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File file = chooser.showOpenDialog(editing.canvas().getScene().getWindow());
        if (file != null) {
            fromFile(noteId, file);
        }
    }

    /** Whether the clipboard holds something a frame can take. */
    static boolean canPaste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasImage() || clipboard.hasFiles();
    }

    void paste(String noteId) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasImage() && clipboard.getImage() != null) {
            set(noteId, PictureIntake.fromImage(pixels(clipboard.getImage())));
        } else if (clipboard.hasFiles()) {
            List<File> files = clipboard.getFiles();
            if (!files.isEmpty()) {
                fromFile(noteId, files.get(0));
            }
        }
    }

    void remove(String noteId) {
        set(noteId, null);
    }

    /** Takes the picture of an image file, chosen or dropped, into the frame. */
    void fromFile(String noteId, File file) {
        try {
            if (file.length() > PictureIntake.MAX_SOURCE_BYTES) {
                throw PictureIntake.tooLarge(file.getName(), file.length());
            }
            set(noteId, PictureIntake.fromFile(Files.readAllBytes(file.toPath()), file.getName()));
        } catch (MapFileException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            refuse(editing.canvas().messages().get("note.picture.unreadable", file.getName()));
        }
    }

    private void set(String noteId, Picture picture) {
        Optional<Picture> before = editing.map().findNote(noteId).map(note -> note.picture());
        if (editing.map().findNote(noteId).isPresent() && !java.util.Objects.equals(before.orElse(null), picture)) {
            editing.execute(NoteProperties.PICTURE.change(noteId, picture));
        }
    }

    private void refuse(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message,
                new javafx.scene.control.ButtonType(editing.canvas().messages().get("dialog.ok"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(editing.canvas().getScene().getWindow());
        alert.setHeaderText(editing.canvas().messages().get("note.picture.refused"));
        alert.showAndWait();
    }

    /** A pasted image's pixels, as the picture intake takes them. */
    private static BufferedImage pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return pixels;
    }
}
