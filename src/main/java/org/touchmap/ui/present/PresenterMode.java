package org.touchmap.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.touchmap.analysis.RevealOrder;
import org.touchmap.analysis.RevealStep;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.canvas.EmotionStripView;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * Presenter mode: the map alone on a full screen, revealed step by step, stage by stage or along
 * one chain, the newest cards glowing and the active chain's emotion curve growing with them. The
 * map takes no edits unless the presenter presses E; a badge in the corner says where the walk is.
 * Leaving puts the window back exactly as it was, selection and view included.
 */
public final class PresenterMode {
    /** Large enough to read from the back of a room, small enough that a step keeps its neighbours. */
    private static final double MIN_ZOOM = 0.9;
    private static final double MAX_ZOOM = 1.75;
    private static final List<EventType<? extends Event>> MOUSE_EDITS = List.of(MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED, MouseEvent.DRAG_DETECTED,
            ContextMenuEvent.CONTEXT_MENU_REQUESTED);

    private final Stage stage;
    private final MapCanvas canvas;
    private final EmotionStripView strip;
    private final Supplier<Document> document;
    private final Selection selection;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final StackPane root = new StackPane();
    /** The map area over a line of its own for the badge, so the badge never covers the map or its curve. */
    private final VBox screenArea = new VBox();
    private final PresenterBadge badge = new PresenterBadge();
    private final LaserPointer laser;
    private final PresenterScreen screen;
    private final PresenterEdits edits;
    private final PresenterKeys keys = new PresenterKeys(this);
    private final EventHandler<Event> blockMouseEdits = event -> {
        if (!isEditing()) {
            event.consume();
        }
    };
    private final ChangeListener<MapLayout> mapChanged = (obs, old, now) -> mapChanged();
    /** After the pass that lays out the new size, so the view's own size is the new one too. */
    private final ChangeListener<Bounds> resized = (obs, old, now) -> Platform.runLater(this::fitView);
    private RevealOrder order;
    private int step;
    private WindowState before;

    public PresenterMode(Stage stage, MapCanvas canvas, EmotionStripView strip, Supplier<Document> document,
                         CanvasEditing editing) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.strip = Objects.requireNonNull(strip, "strip");
        this.document = Objects.requireNonNull(document, "document");
        this.selection = canvas.selection();
        this.screen = new PresenterScreen(stage);
        this.laser = new LaserPointer(canvas);
        this.edits = new PresenterEdits(root, document, Objects.requireNonNull(editing, "editing"), selection, () -> order.step(step).newest());
        root.setId("presenter");
        root.getStyleClass().add("presenter");
        root.getStylesheets().add(PresenterMode.class.getResource("present.css").toExternalForm());
        root.getChildren().addAll(screenArea, laser.layer());
        screenArea.getChildren().add(badge.node());
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** Goes full screen with the map alone, at the start of the active chain, or stage by stage without one. */
    public void enter() {
        JourneyMap map = canvas.map();
        if (isPresenting() || map == null || document.get() == null || canvas.getParent() == null) {
            return;
        }
        before = WindowState.of(canvas, strip);
        String chainId = selection.chain().get();
        order = chainId != null ? RevealOrder.alongChain(map, chainId) : RevealOrder.byStage(map);
        step = 0;
        edits.turnOff();
        Node mapArea = canvas.getParent();
        screen.enter(mapArea, screenArea, root);
        keys.install(stage);
        MOUSE_EDITS.forEach(type -> canvas.addEventFilter(type, blockMouseEdits));
        canvas.mapLayoutProperty().addListener(mapChanged);
        canvas.layoutBoundsProperty().addListener(resized);
        laser.setOn(true);
        presenting.set(true);
        showStep();
        canvas.requestFocus();
        // The full-screen size arrives with the next layout pass.
        Platform.runLater(this::fitView);
    }

    /** Back to the window as it was before presenting. */
    public void leave() {
        if (!isPresenting()) {
            return;
        }
        presenting.set(false);
        keys.remove(stage);
        MOUSE_EDITS.forEach(type -> canvas.removeEventFilter(type, blockMouseEdits));
        canvas.mapLayoutProperty().removeListener(mapChanged);
        canvas.layoutBoundsProperty().removeListener(resized);
        laser.setOn(false);
        canvas.setRevealStep(null);
        strip.setRevealedTouchpoints(null);
        screen.leave();
        before.restore(canvas, strip);
        canvas.requestFocus();
        WindowState view = before;
        Platform.runLater(() -> view.restoreView(canvas));
    }

    boolean isEditing() {
        return edits.isOn();
    }

    PresenterEdits edits() {
        return edits;
    }

    void next() {
        goTo(step + 1);
    }

    void previous() {
        goTo(step - 1);
    }

    void first() {
        goTo(0);
    }

    void last() {
        goTo(order.lastIndex());
    }

    /**
     * Stage by stage after a chain; along the active (or first) chain after stages. Stage by stage
     * the chain is let go, or its emphasis would fade the revealed cards outside it.
     */
    void switchReveal() {
        if (order.chainId().isPresent()) {
            selection.selectChain(null);
            reveal(RevealOrder.byStage(canvas.map()));
        } else {
            String active = selection.chain().get();
            List<String> chains = walkableChains();
            walk(active != null && chains.contains(active) ? active : chains.isEmpty() ? null : chains.get(0));
        }
    }

    /** Along the chain after the one walked or active, round to the first. */
    void nextChain() {
        List<String> chains = walkableChains();
        if (chains.isEmpty()) {
            return;
        }
        String current = order.chainId().orElse(selection.chain().get());
        walk(chains.get((chains.indexOf(current) + 1) % chains.size()));
    }

    void toggleLaser() {
        laser.toggle();
    }

    void toggleEditing() {
        edits.toggle();
        updateBadge();
    }

    private void walk(String chainId) {
        if (chainId != null) {
            selection.selectChain(chainId);
        }
        reveal(RevealOrder.alongChain(canvas.map(), chainId));
    }

    private void reveal(RevealOrder newOrder) {
        order = newOrder;
        step = 0;
        showStep();
    }

    private void goTo(int index) {
        int wanted = Math.max(0, Math.min(order.lastIndex(), index));
        if (wanted != step) {
            step = wanted;
            showStep();
        }
    }

    private void showStep() {
        RevealStep shown = order.step(step);
        markRevealed(shown);
        if (order.chainId().isPresent()) {
            selection.selectTouchpoints(shown.newest().map(List::of).orElse(List.of()));
        } else {
            selection.clear();
        }
        fitView();
    }

    private void markRevealed(RevealStep shown) {
        canvas.setRevealStep(shown);
        strip.setRevealedTouchpoints(shown.visibleTouchpointIds());
        strip.showingProperty().set(selection.chain().get() != null);
        updateBadge();
    }

    private void updateBadge() {
        String chainName = order.chainId().flatMap(canvas.map()::findChain).map(Chain::name).orElse(null);
        badge.show(chainName, step, order.lastIndex(), edits.isOn());
    }

    /** Zooms to what the step is about, its context included, and brings its newest card into view. */
    private void fitView() {
        MapLayout layout = canvas.mapLayout();
        if (!isPresenting() || layout == null) {
            return;
        }
        RevealStep shown = order.step(step);
        canvas.navigation().zoomToShow(RevealArea.of(layout, shown, canvas.getWidth(), canvas.getHeight(), MIN_ZOOM),
                MIN_ZOOM, MAX_ZOOM);
        shown.newest().ifPresent(canvas.navigation()::reveal);
    }

    /** After an edit the order is worked out again, the step kept, the view left where it is. */
    private void mapChanged() {
        JourneyMap map = canvas.map();
        order = order.chainId().isPresent() ? RevealOrder.alongChain(map, order.chainId().get())
                : RevealOrder.byStage(map);
        step = Math.min(step, order.lastIndex());
        markRevealed(order.step(step));
    }

    private List<String> walkableChains() {
        return canvas.map().chains().stream().filter(chain -> chain.linkCount() > 0).map(Chain::id).toList();
    }
}
