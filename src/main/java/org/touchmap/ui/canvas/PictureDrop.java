package org.touchmap.ui.canvas;

import java.io.File;
import java.util.Optional;

import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.touchmap.layout.NoteBox;
import org.touchmap.model.LaneKind;

/**
 * An image file dropped from a file manager onto a storyboard frame becomes its picture, as
 * <i>Choose picture…</i> would take it: one undo step, or one message saying why not.
 */
final class PictureDrop {
    private final CanvasEditing editing;
    private final PictureChoice pictures;

    PictureDrop(CanvasEditing editing) {
        this.editing = editing;
        this.pictures = new PictureChoice(editing);
    }

    void install(CanvasContent content) {
        content.addEventHandler(DragEvent.DRAG_OVER, this::over);
        content.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void over(DragEvent event) {
        if (file(event.getDragboard()).isPresent() && frameAt(event.getX(), event.getY()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Optional<File> file = file(event.getDragboard());
        Optional<String> frame = frameAt(event.getX(), event.getY());
        if (file.isEmpty() || frame.isEmpty()) {
            return;
        }
        pictures.fromFile(frame.get(), file.get());
        event.setDropCompleted(true);
        event.consume();
    }

    private static Optional<File> file(Dragboard dragboard) {
        return dragboard.hasFiles() && !dragboard.getFiles().isEmpty()
                ? Optional.of(dragboard.getFiles().get(0)) : Optional.empty();
    }

    /** The storyboard frame under the point, if any. */
    private Optional<String> frameAt(double x, double y) {
        if (editing.layout() == null) {
            return Optional.empty();
        }
        return editing.layout().notes().stream()
                .filter(box -> box.kind() == LaneKind.STORYBOARD && box.bounds().contains(x, y))
                .map(NoteBox::noteId).findFirst();
    }
}
