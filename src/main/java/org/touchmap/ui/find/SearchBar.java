package org.touchmap.ui.find;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.touchmap.analysis.MapSearch;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.Icons;
import org.touchmap.ui.canvas.MapCanvas;

/**
 * The find bar above the canvas (Ctrl+F). Typing marks every card and note that matches on the canvas and
 * counts them; Enter selects the next match and scrolls it into view, Shift+Enter the one before,
 * Escape closes the bar and gives the keyboard back to the map. The matches follow edits while the
 * bar is open. Searching changes nothing in the map.
 */
public final class SearchBar {
    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    private final MapCanvas canvas;
    private final Supplier<JourneyMap> map;
    private final Locale locale;
    private final HBox bar = new HBox(6);
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<String> matches = List.of();
    /** Index of the match selected last, or -1 before the first Enter. */
    private int current = -1;

    public SearchBar(MapCanvas canvas, Supplier<JourneyMap> map, Locale locale) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.map = Objects.requireNonNull(map, "map");
        this.locale = Objects.requireNonNull(locale, "locale");
        field.setId("search-field");
        field.setPromptText(FindText.get("search.prompt"));
        field.setPrefColumnCount(28);
        field.textProperty().addListener((obs, old, now) -> {
            current = -1;
            update();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        count.setId("search-count");
        count.getStyleClass().add(Styles.TEXT_SMALL);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = iconButton("mdi2c-chevron-up", FindText.get("search.previous"), this::previous);
        Button next = iconButton("mdi2c-chevron-down", FindText.get("search.next"), this::next);
        Button close = iconButton("mdi2c-close", FindText.get("search.close"), this::close);
        close.setId("search-close");
        HBox.setHgrow(field, Priority.SOMETIMES);
        bar.getChildren().addAll(new Label(FindText.get("search.label")), field, count, previous, next, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("search-bar");
        bar.setId("search-bar");
        show(false);
    }

    public Node node() {
        return bar;
    }

    public boolean isOpen() {
        return bar.isVisible();
    }

    /** Opens the bar, or selects its text when open, and puts the keyboard in it. */
    public void open() {
        show(true);
        field.requestFocus();
        field.selectAll();
        update();
    }

    /** Closes the bar, clears the marks and gives the keyboard back to the map. */
    public void close() {
        show(false);
        canvas.markSearchMatches(List.of());
        canvas.requestFocus();
    }

    /** Selects the next match, from the first again after the last; opens the bar when closed. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /** Finds again after an edit, so the marks and the count stay true while the bar is open. */
    public void mapChanged() {
        if (isOpen()) {
            update();
        }
    }

    /** The ids of the cards and notes matching now, in reading order. */
    public List<String> matches() {
        return matches;
    }

    private void step(int direction) {
        if (!isOpen()) {
            open();
        }
        if (matches.isEmpty()) {
            return;
        }
        current = current < 0 && direction < 0 ? matches.size() - 1
                : Math.floorMod(current + direction, matches.size());
        String id = matches.get(current);
        // A note cannot be selected: the selection is cleared and the note, ringed as a match, shown.
        canvas.selection().selectTouchpoints(map.get().hasTouchpoint(id) ? List.of(id) : List.of());
        canvas.navigation().reveal(id);
        showCount();
    }

    private void update() {
        JourneyMap shown = map.get();
        String before = current >= 0 && current < matches.size() ? matches.get(current) : null;
        matches = shown == null ? List.of() : MapSearch.find(shown, field.getText(), locale);
        current = before == null ? -1 : matches.indexOf(before);
        canvas.markSearchMatches(matches);
        showCount();
    }

    private void showCount() {
        boolean blank = field.getText().isBlank();
        field.pseudoClassStateChanged(NO_MATCH, !blank && matches.isEmpty());
        if (blank) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(FindText.get("search.none"));
        } else if (current < 0) {
            count.setText(FindText.get("search.found", matches.size()));
        } else {
            count.setText(FindText.get("search.position", current + 1, matches.size()));
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            step(event.isShiftDown() ? -1 : 1);
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
            event.consume();
        }
    }

    private void show(boolean open) {
        bar.setVisible(open);
        bar.setManaged(open);
    }

    private static Button iconButton(String icon, String tooltip, Runnable action) {
        Button button = new Button();
        button.setGraphic(Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
