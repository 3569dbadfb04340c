package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;

import org.touchmap.layout.EmotionCurve;
import org.touchmap.layout.EmotionScale;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * A band under the canvas with the emotion curve of the active chain: the customer's mood from
 * touchpoint to touchpoint, each point under its card's stage, spread across the stage in chain
 * order as in the exports, whatever the zoom and scroll position, and the dips below zero in the
 * negative colour. Hovering a point names its touchpoint; clicking it selects the card. Without
 * an active chain it says how to get a curve.
 */
public final class EmotionStripView extends Region {
    static final double HEIGHT = 110;
    private static final double CAPTION_HEIGHT = 20;
    private static final double BOTTOM_GAP = 4;
    /** Room above +2 and below −2, so dots at the extremes are whole. */
    private static final double PLOT_PADDING = 9;
    private static final double LABEL_WIDTH = 22;

    private final MapCanvas canvas;
    private final CanvasMessages messages;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private final Group drawing = new Group();
    private final Label caption = new Label();
    private final Label hint = new Label();
    private final Rectangle clip = new Rectangle();
    private boolean stale = true;
    /** Presenting: the touchpoints revealed so far, whose points alone are drawn; {@code null} draws all. */
    private Set<String> revealed;

    public EmotionStripView(MapCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.messages = canvas.messages();
        setId("emotion-strip");
        getStyleClass().add("emotion-strip");
        getStylesheets().add(CanvasTheme.STYLESHEET);
        setStyle(CanvasTheme.paletteStyle());
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setClip(clip);
        caption.getStyleClass().add("emotion-caption");
        caption.setMouseTransparent(true);
        hint.getStyleClass().add("emotion-hint");
        hint.setAlignment(Pos.CENTER);
        hint.setWrapText(true);
        getChildren().addAll(drawing, caption, hint);

        InvalidationListener redraw = obs -> markStale();
        canvas.mapLayoutProperty().addListener(redraw);
        canvas.selection().chain().addListener(redraw);
        // The curve follows the canvas's zoom and horizontal scroll, and the strip's own place. A
        // change listener, not an invalidation one: the transforms are computed lazily, and only a
        // change listener asks for each new one and so hears of the next.
        ChangeListener<Transform> moved = (obs, old, now) -> markStale();
        canvas.mapContent().localToSceneTransformProperty().addListener(moved);
        localToSceneTransformProperty().addListener(moved);
        widthProperty().addListener(redraw);
        visibleProperty().bind(showing);
        managedProperty().bind(showing);
        showing.addListener(redraw);
    }

    /** Whether the strip is in the window; bind the menu's check item to it. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /**
     * Presenting: draws only the points of these touchpoints, so the curve grows as the cards are
     * revealed; {@code null} draws the whole curve again.
     */
    public void setRevealedTouchpoints(Set<String> touchpointIds) {
        revealed = touchpointIds == null ? null : Set.copyOf(touchpointIds);
        markStale();
    }

    /** The canvas with this strip under it, the canvas taking all the height the strip leaves. */
    public VBox withCanvasAbove() {
        VBox box = new VBox(canvas, this);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        box.setMinSize(0, 0);
        return box;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        caption.resizeRelocate(8, 2, Math.max(0, getWidth() - 16), CAPTION_HEIGHT - 2);
        hint.resizeRelocate(8, CAPTION_HEIGHT, Math.max(0, getWidth() - 16), getHeight() - CAPTION_HEIGHT);
        if (stale) {
            stale = false;
            rebuild();
            // Built during layout, after this pulse's CSS pass: styled now, or the scale lines are
            // drawn black and the labels empty until something else asks for a pulse.
            drawing.applyCss();
        }
    }

    private void markStale() {
        stale = true;
        requestLayout();
    }

    private void rebuild() {
        drawing.getChildren().clear();
        Optional<Chain> chain = activeChain();
        caption.setText(chain.map(c -> messages.get("emotion.caption.chain", c.name()))
                .orElse(messages.get("emotion.caption")));
        if (chain.isEmpty()) {
            showHint(messages.get("emotion.hint.noChain"));
            return;
        }
        JourneyMap map = canvas.map();
        MapLayout layout = canvas.mapLayout();
        List<EmotionCurve.Sample> onScreen = new ArrayList<>();
        for (EmotionCurve.Sample sample : EmotionCurve.samples(map, layout, chain.get())) {
            if (revealed == null || revealed.contains(sample.touchpointId())) {
                onScreen.add(sample.atX(xOnScreen(sample.x())));
            }
        }
        EmotionScale scale = EmotionScale.inside(CAPTION_HEIGHT, HEIGHT - CAPTION_HEIGHT - BOTTOM_GAP, PLOT_PADDING);
        EmotionCurve curve = EmotionCurve.of(onScreen, scale);
        if (curve.isEmpty() && revealed != null) {
            // Presenting, before the chain's first card: the empty scale waits for the curve.
            hint.setVisible(false);
            drawScale(scale);
            drawScaleLabels(scale);
            return;
        }
        if (curve.isEmpty()) {
            showHint(messages.get("emotion.hint.noTouchpoints"));
            return;
        }
        hint.setVisible(false);
        drawScale(scale);
        new EmotionCurveNodes(curve, chain.get().color(), getWidth(), HEIGHT, messages, map,
                canvas.selection()::selectTouchpoints).addTo(drawing);
        drawScaleLabels(scale);
    }

    private void showHint(String text) {
        hint.setText(text);
        hint.setVisible(true);
    }

    private Optional<Chain> activeChain() {
        String id = canvas.selection().chain().get();
        JourneyMap map = canvas.map();
        if (id == null || map == null || canvas.mapLayout() == null) {
            return Optional.empty();
        }
        return map.chains().stream().filter(chain -> chain.id().equals(id)).findFirst();
    }

    /** Where a map x (pixels at 100 %) is in the strip, with the canvas's zoom and scroll position. */
    private double xOnScreen(double mapX) {
        Point2D scene = canvas.mapContent().localToScene(mapX, 0);
        return sceneToLocal(scene).getX();
    }

    private void drawScale(EmotionScale scale) {
        for (int score = Touchpoint.MIN_EMOTION; score <= Touchpoint.MAX_EMOTION; score++) {
            double y = scale.yOf(score);
            Line line = new Line(0, y, getWidth(), y);
            line.getStyleClass().add(score == 0 ? "emotion-zero-line" : "emotion-scale-line");
            line.setMouseTransparent(true);
            drawing.getChildren().add(line);
        }
    }

    /** The scores on the left edge, over the curve, so they stay readable wherever the map is scrolled. */
    private void drawScaleLabels(EmotionScale scale) {
        for (int score = Touchpoint.MIN_EMOTION; score <= Touchpoint.MAX_EMOTION; score++) {
            Label label = new Label(EmotionCurveNodes.signed(score));
            label.getStyleClass().add("emotion-scale-label");
            label.setAlignment(Pos.CENTER_RIGHT);
            label.setPadding(new Insets(0, 3, 0, 0));
            label.setMouseTransparent(true);
            label.resizeRelocate(0, scale.yOf(score) - 7, LABEL_WIDTH, 14);
            label.setManaged(false);
            drawing.getChildren().add(label);
        }
    }
}
