package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import org.touchmap.edit.Command;
import org.touchmap.edit.MoveTouchpoints;
import org.touchmap.edit.RemoveTouchpoint;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.GridSnap;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.ui.editor.Document;
import javafx.beans.value.ObservableValue;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.properties.RatingEdits;

/**
 * Editing on the canvas: the gestures (each its own small class) and the operations the window's
 * menus call, such as copy, paste, rename and select all. Every change to the map is one command
 * on the document's stack; the gestures only decide which command and when.
 *
 * <p>Gestures that show something while they run (a rubber band, a text field) draw on an overlay
 * above the cards, in map coordinates, so it zooms and scrolls with the map.
 */
public final class CanvasEditing {
    /** Shift+arrow moves a card this many grid steps. */
    private static final int BIG_NUDGE_STEPS = 4;

    private final MapCanvas canvas;
    private final CanvasContent content;
    private final ObservableValue<Document> document;
    private final Selection selection;
    private final Pane overlay = new Pane();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final CardDragGesture drag;
    private final PanGesture pan;
    private final InPlaceRename rename;
    private final FastEntry fastEntry;
    private final CardClipboard clipboard;
    private final CardCreation creation = new CardCreation(this);

    /** The keys the map answers; the window binds its own (Delete, F2, Escape) here too, once each. */
    private final CanvasKeymap keymap = new CanvasKeymap();

    CanvasEditing(MapCanvas canvas, CanvasContent content, ObservableValue<Document> document) {
        this.canvas = canvas;
        this.content = content;
        this.document = document;
        this.selection = canvas.selection();
        overlay.getStyleClass().add("editing-overlay");
        overlay.setPickOnBounds(false);
        TextFieldsOnTheMap.keepTheirEvents(overlay);
        content.getChildren().add(overlay);

        pan = new PanGesture(canvas.viewport());
        drag = new CardDragGesture(this);
        rename = new InPlaceRename(this);
        fastEntry = new FastEntry(this);
        clipboard = new CardClipboard(this);
        pan.install(content);
        drag.install(content);
        new EdgeAutoScroll(canvas.scrollPane(), canvas.viewport(), content, drag::isMoving).install();
        new RubberBandGesture(this).install(content);
        new CanvasClicks(this).install(content);
        new ChannelDrop(this).install(content);
        new PictureDrop(this).install(content);
        new CanvasKeys(this).install(canvas, keymap);
        keymap.install(canvas);
        // Clicking anywhere on the map gives the canvas the keyboard, except in its own text fields.
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!TextFieldsOnTheMap.hold(event.getTarget())) {
                canvas.requestFocus();
            }
        });
        canvas.onRedrawn(() -> {
            rename.redrawn();
            fastEntry.redrawn();
        });
        // The canvas follows from the moment it can edit, before any other view.
        CanvasFollowsDocument.install(canvas, document);
    }

    // --- operations for menus and shortcuts

    /** Selects every card of the map. */
    public void selectAll() {
        selection.selectTouchpoints(map().touchpoints().stream().map(tp -> tp.id()).toList());
    }

    public CanvasKeymap keymap() {
        return keymap;
    }

    /**
     * Escape on the map: a card drag in progress goes back where it started (and that is all the
     * key does, so this returns true); otherwise the selected cards are let go, and the key goes
     * on to what else it ends (the connect tool, a selected arrow).
     */
    public boolean cancelDragOrLetGo() {
        if (drag.cancel()) {
            return true;
        }
        clearSelection();
        return false;
    }

    /** Lets go of the selected cards, stage and lane, and stops a drag in progress. */
    public void clearSelection() {
        drag.cancel();
        selection.clear();
    }

    /** Deletes the selected cards with their chain links, as one undo step; false when no card is selected. */
    public boolean deleteSelected() {
        List<String> ids = selectedCards();
        if (ids.isEmpty()) {
            return false;
        }
        execute(RemoveTouchpoint.all(ids));
        return true;
    }

    /** Puts the selected cards on the system clipboard. */
    public void copy() {
        clipboard.copy(selectedCards());
    }

    /** Adds the cards on the system clipboard as new cards and selects them. */
    public void paste() {
        clipboard.paste();
    }

    /** Adds copies of the selected cards, shifted a little, and selects the copies. */
    public void duplicate() {
        clipboard.duplicate(selectedCards());
    }

    /** Opens the name of the single selected card for editing in place. */
    public boolean renameSelected() {
        List<String> ids = selectedCards();
        if (ids.size() != 1) {
            return false;
        }
        rename.start(ids.get(0));
        return true;
    }

    /** Moves the selected cards by one grid step (or a bigger one), merging consecutive nudges into one undo step. */
    public void nudgeSelected(int stepsRight, int stepsDown, boolean big) {
        List<String> ids = selectedCards();
        if (ids.isEmpty()) {
            return;
        }
        double step = snap().nudge(big, BIG_NUDGE_STEPS);
        JourneyMap map = map();
        // The layout keeps a card from going left of or above its cell's corner; so does the nudge.
        boolean allStay = ids.stream().map(map::touchpoint).allMatch(tp ->
                tp.x() + stepsRight * step >= 0 && tp.y() + stepsDown * step >= 0);
        if (allStay) {
            execute(MoveTouchpoints.by(map, ids, stepsRight * step, stepsDown * step));
        }
    }

    /** Whether dropped and dragged cards line up on a small grid inside their cell. */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Adding cards at a point of the map. */
    public CardCreation creation() {
        return creation;
    }

    /** Whether fast entry is typing a card's name right now. */
    public boolean isTyping() {
        return fastEntry.isTyping() || rename.isEditing();
    }

    // --- for the gestures

    MapCanvas canvas() {
        return canvas;
    }

    CanvasContent content() {
        return content;
    }

    Pane overlay() {
        return overlay;
    }

    Selection selection() {
        return selection;
    }

    PanGesture pan() {
        return pan;
    }

    FastEntry fastEntry() {
        return fastEntry;
    }

    InPlaceRename rename() {
        return rename;
    }

    CardDragGesture drag() {
        return drag;
    }

    /** The map being edited; the canvas shows the same one. */
    JourneyMap map() {
        return document.getValue().map();
    }

    /** The current layout, or {@code null} before a map is shown. */
    MapLayout layout() {
        return canvas.mapLayout();
    }

    GridSnap snap() {
        return snapToGrid.get() ? GridSnap.DEFAULT : GridSnap.OFF;
    }

    /** The command stack's revision: changes whenever the map does. */
    long revision() {
        return document.getValue().commands().revision();
    }

    void execute(Command command) {
        document.getValue().commands().execute(command);
    }

    /** Undoes or redoes the last change of the map, where a text field would take the key as its own. */
    void undoOrRedo(boolean redo) {
        if (redo) {
            document.getValue().redo();
        } else {
            document.getValue().undo();
        }
    }

    /** Gives one card a rating, the same undo step as the panel's rating buttons. */
    void rate(String cardId, Rating rating) {
        RatingEdits.rate(document.getValue(), List.of(cardId), rating);
    }

    /** Selected cards that still exist, in selection order. */
    List<String> selectedCards() {
        JourneyMap map = map();
        return selection.touchpoints().stream().filter(map::hasTouchpoint).toList();
    }

    /** The card under a map point, if any. */
    Optional<String> cardAt(double mapX, double mapY) {
        MapLayout layout = layout();
        return layout == null ? Optional.empty() : layout.cardAt(mapX, mapY).map(CardBox::touchpointId);
    }

    void selectCards(Set<String> ids) {
        selection.selectTouchpoints(ids);
    }
}
