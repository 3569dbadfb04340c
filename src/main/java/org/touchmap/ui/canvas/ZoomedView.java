package org.touchmap.ui.canvas;

import java.util.Collection;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

/**
 * The drawn map seen through a scroll pane at a zoom: the scale, the zoom in its steps, fitting,
 * zooming around a point, and scrolling a part of the map into view. The drawn map itself stays
 * in map coordinates (pixels at 100 %); only its scale changes here.
 */
final class ZoomedView {
    private static final double WHEEL_ZOOM_FACTOR = 1.1;

    private final CanvasContent content;
    private final Supplier<MapLayout> layout;
    private final Pane zoomHost;
    private final ScrollPane scrollPane;
    private final ViewportScroll viewport;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom;

    /**
     * @param owner what takes the focus for the view, and the bean of the zoom property
     * @param layout the layout shown, or {@code null} before a map is shown
     */
    ZoomedView(Node owner, CanvasContent content, LayoutSettings settings, Supplier<MapLayout> layout) {
        this.content = content;
        this.layout = layout;
        this.zoom = new SimpleDoubleProperty(owner, "zoom", 1.0);
        content.getTransforms().add(scale);
        // A pane sized to the zoomed map, not a Group: a Group recomputes its bounds from all
        // descendants whenever any card changes, which takes seconds with thousands of cards.
        zoomHost = new Pane(content);
        zoomHost.getStyleClass().add("zoom-host");
        scrollPane = new ScrollPane(zoomHost);
        scrollPane.getStyleClass().add("map-scroll-pane");
        // The canvas itself takes the focus, so its keyboard shortcuts work wherever one clicks.
        scrollPane.setFocusTraversable(false);
        scrollPane.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                owner.requestFocus();
            }
        });
        viewport = new ViewportScroll(scrollPane, zoomHost);
        scrollPane.addEventFilter(ScrollEvent.SCROLL, this::zoomOnControlWheel);
        scrollPane.addEventFilter(ScrollEvent.SCROLL, new WheelScroll(viewport, settings, zoom::get));

        zoom.addListener((obs, old, value) -> applyZoom(value.doubleValue()));
        viewport.addListener(content.culling().invalidation());
        scale.xProperty().addListener(content.culling().invalidation());
        scale.xProperty().addListener(obs -> content.zoomCaching().zoomChanged());
    }

    ScrollPane scrollPane() {
        return scrollPane;
    }

    ViewportScroll viewport() {
        return viewport;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The zoom applied now, as a factor; the zoom property may for a moment ask for one out of range. */
    double scale() {
        return scale.getX();
    }

    /** The part of the map in view, in map coordinates. */
    Rect visibleMapArea() {
        return viewport.visibleArea(scale.getX());
    }

    /** Zooms so the whole map fits into the visible area. */
    void fitToWindow() {
        MapLayout shown = layout.get();
        if (shown == null) {
            return;
        }
        Bounds view = scrollPane.getViewportBounds();
        zoom.set(ZoomSteps.toFit(shown.bounds().width(), shown.bounds().height(), view.getWidth(), view.getHeight()));
    }

    /** Scrolls the touchpoints' cards into view; see {@link CanvasNavigation#revealChain}. Unknown ids are left out. */
    void revealCards(Collection<String> touchpointIds) {
        MapLayout shown = layout.get();
        if (shown == null) {
            return;
        }
        touchpointIds.stream()
                .flatMap(id -> shown.card(id).map(CardBox::bounds).or(() -> shown.note(id).map(NoteBox::bounds)).stream())
                .reduce(Rect::union)
                .ifPresent(area -> viewport.reveal(area, scale.getX()));
    }

    ViewPosition position() {
        return new ViewPosition(zoom.get(), scrollPane.getHvalue(), scrollPane.getVvalue());
    }

    void restore(ViewPosition position) {
        zoom.set(position.zoom());
        scrollPane.layout();
        scrollPane.setHvalue(position.horizontal());
        scrollPane.setVvalue(position.vertical());
    }

    /** See {@link CanvasNavigation#zoomToShow}. */
    void zoomToShow(Rect area, double minZoom, double maxZoom) {
        Bounds view = scrollPane.getViewportBounds();
        if (view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        double fit = Math.min(view.getWidth() / Math.max(1, area.width()), view.getHeight() / Math.max(1, area.height()));
        zoom.set(Math.max(minZoom, Math.min(maxZoom, fit)));
        scrollPane.layout();
        viewport.centre(area, scale.getX());
    }

    /** Zooms to {@code newZoom} keeping the map point ({@code mapX}, {@code mapY}) where it is on screen. */
    void zoomAround(double newZoom, double mapX, double mapY) {
        Point2D before = viewport.offset();
        double onScreenX = mapX * scale.getX() - before.getX();
        double onScreenY = mapY * scale.getY() - before.getY();
        zoom.set(newZoom);
        viewport.scrollTo(mapX * scale.getX() - onScreenX, mapY * scale.getY() - onScreenY);
    }

    /** Sizes the scrolled area to the shown map at the current zoom. */
    void sizeToMap() {
        MapLayout shown = layout.get();
        if (shown == null) {
            return;
        }
        double width = shown.bounds().width() * scale.getX();
        double height = shown.bounds().height() * scale.getY();
        zoomHost.setMinSize(width, height);
        zoomHost.setPrefSize(width, height);
        zoomHost.setMaxSize(width, height);
    }

    private void applyZoom(double requested) {
        double clamped = ZoomSteps.clamp(requested);
        if (clamped != requested) {
            zoom.set(clamped);
            return;
        }
        // Keep the same part of the map in view: scroll values are fractions, so they survive the scale.
        double h = scrollPane.getHvalue();
        double v = scrollPane.getVvalue();
        scale.setX(clamped);
        scale.setY(clamped);
        sizeToMap();
        scrollPane.layout();
        scrollPane.setHvalue(h);
        scrollPane.setVvalue(v);
        content.zoomChanged(clamped >= MapCanvas.CARD_DETAIL_ZOOM);
    }

    private void zoomOnControlWheel(ScrollEvent event) {
        if (!event.isControlDown() || event.getDeltaY() == 0) {
            return;
        }
        double factor = event.getDeltaY() > 0 ? WHEEL_ZOOM_FACTOR : 1 / WHEEL_ZOOM_FACTOR;
        Point2D pointer = content.sceneToLocal(event.getSceneX(), event.getSceneY());
        zoomAround(zoom.get() * factor, pointer.getX(), pointer.getY());
        event.consume();
    }
}
