package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.touchmap.analysis.Focus;
import org.touchmap.analysis.RevealStep;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.model.JourneyMap;

/**
 * The journey map as people see it: phase band, stage headers, lane rows, cards and chain arrows,
 * zoomable and scrollable through its {@link #navigation()}. Everything is placed by
 * {@link MapLayouter}, the same layout the exports draw, so the screen and the exported picture
 * agree.
 *
 * <p>The canvas shows a map; after the map changes, call {@link #refresh()}. With
 * {@link #installEditing} it also takes the person's gestures and turns them into commands.
 */
public final class MapCanvas extends Region {
    /** Below this zoom card names (12 px) shrink under 6 px, too small to read: cards show only their box and rating. */
    static final double CARD_DETAIL_ZOOM = 0.5;

    private final LayoutSettings settings;
    private final CanvasMessages messages;
    private final CanvasContent content;
    private final ZoomedView view;
    private final CanvasNavigation navigation;
    private final Selection editorSelection;
    private final ObservableSet<String> selection;
    private final SelectedCards selectedCards;
    private final List<Runnable> redrawListeners = new ArrayList<>();
    private CanvasEditing editing;
    private final ChainEmphasis emphasis;
    private final FocusFading focusFading;
    private final RevealedParts revealed;
    private final ReadOnlyObjectWrapper<MapLayout> shownLayout = new ReadOnlyObjectWrapper<>(this, "mapLayout");
    private JourneyMap map;
    private MapLayout layout;

    /** A canvas with the default locale and layout settings. */
    public MapCanvas() {
        this(Locale.getDefault(), LayoutSettings.defaults(), new Selection());
    }

    public MapCanvas(Locale locale, LayoutSettings settings, Selection editorSelection) {
        this.editorSelection = Objects.requireNonNull(editorSelection, "editorSelection");
        this.selection = editorSelection.touchpoints();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = new CanvasMessages(locale);
        this.content = new CanvasContent(messages, this::visibleMapArea);
        this.view = new ZoomedView(this, content, settings, () -> layout);
        this.navigation = new CanvasNavigation(view, () -> map);
        getChildren().add(view.scrollPane());
        getStyleClass().add("map-canvas");
        SceneStylesheets.follow(this, CanvasTheme.STYLESHEET);
        setStyle(CanvasTheme.paletteStyle());

        selectedCards = new SelectedCards(content, selection);
        selectedCards.install();
        new ClickSelection(content, () -> layout, editorSelection).install();
        emphasis = new ChainEmphasis(content, editorSelection.chain(), () -> layout);
        emphasis.install();
        focusFading = new FocusFading(content, () -> map);
        revealed = new RevealedParts(content);
    }

    /** Lays out and draws a map, replacing the one shown before; the selection is cleared. */
    public void show(JourneyMap map) {
        this.map = Objects.requireNonNull(map, "map");
        selection.clear();
        rebuild();
        redrawListeners.forEach(Runnable::run);
    }

    /** Lays the current map out again after it changed; selected cards that still exist stay selected. */
    public void refresh() {
        if (map == null) {
            return;
        }
        rebuild();
        selectedCards.redrawn();
        redrawListeners.forEach(Runnable::run);
    }

    /**
     * Lets the person edit the map on the canvas: select, add, move, rename, copy and paste cards,
     * fast entry, zoom and pan. Every change runs as a command on the current document's stack, and
     * the canvas follows that stack ({@link org.touchmap.ui.editor.MapChanges}): it redraws after
     * every change and shows the map of each document opened. Installs once; later calls return
     * the same editing.
     */
    public CanvasEditing installEditing(ObservableValue<Document> document) {
        if (editing == null) {
            editing = new CanvasEditing(this, content, Objects.requireNonNull(document, "document"));
        }
        return editing;
    }

    /** The map shown, or {@code null} before the first {@link #show}. */
    public JourneyMap map() {
        return map;
    }

    /** The layout of the map as shown, or {@code null} before the first {@link #show}. */
    public MapLayout mapLayout() {
        return layout;
    }

    /** The layout of the map as shown; changes after the nodes of every new layout are built. */
    public ReadOnlyObjectProperty<MapLayout> mapLayoutProperty() {
        return shownLayout.getReadOnlyProperty();
    }

    /**
     * The drawn map, for gestures to listen to: its events carry map coordinates (pixels at 100 %
     * zoom), whatever the zoom and scroll position.
     */
    public Node mapContent() {
        return content;
    }

    /**
     * A layer above the cards, in map coordinates, for gesture feedback such as handles, rubber
     * lines and drop indicators. It takes the mouse only where its own nodes are.
     */
    public Pane overlay() {
        return content.overlay();
    }

    /** The zoom and the scroll position: where on the map the person looks. */
    public CanvasNavigation navigation() {
        return navigation;
    }

    /** What is selected in the editor; the canvas shows and changes its cards. */
    public Selection selection() {
        return editorSelection;
    }

    /** Ids of the selected touchpoints. Changing the set changes the selection shown. */
    public ObservableSet<String> selectedTouchpointIds() {
        return selection;
    }

    /**
     * What the person focuses on: the cards outside it are faded, nothing else changes; {@code null}
     * shows every card as usual. A focus on a chain or lane that is deleted clears itself.
     */
    public ObjectProperty<Focus> focusProperty() {
        return focusFading.focusProperty();
    }

    /** Ids of the cards the focus keeps, after every redraw; empty without a focus. */
    public ReadOnlyObjectProperty<Set<String>> focusedTouchpointIds() {
        return focusFading.keptProperty();
    }

    /** Marks the cards a search found, replacing the marks of the search before; empty clears them. */
    public void markSearchMatches(Collection<String> touchpointIds) {
        focusFading.markSearchMatches(touchpointIds);
    }

    /** Presenting: only what {@code step} revealed is shown, its new cards stand out; {@code null} shows all. */
    public void setRevealStep(RevealStep step) {
        revealed.show(step);
    }

    CanvasMessages messages() {
        return messages;
    }

    Locale locale() {
        return messages.locale();
    }

    ViewportScroll viewport() {
        return view.viewport();
    }

    ScrollPane scrollPane() {
        return view.scrollPane();
    }

    /** Runs after every {@link #show} and {@link #refresh}, when the new layout is drawn. */
    void onRedrawn(Runnable listener) {
        redrawListeners.add(listener);
    }

    @Override
    protected void layoutChildren() {
        view.scrollPane().resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void rebuild() {
        layout = MapLayouter.layout(map, settings);
        content.build(map, layout);
        view.sizeToMap();
        emphasis.apply();
        focusFading.apply();
        revealed.apply();
        shownLayout.set(layout);
    }

    /** The part of the map in view; called only once the view exists, when the canvas is in a scene. */
    private Rect visibleMapArea() {
        return view.visibleMapArea();
    }
}
