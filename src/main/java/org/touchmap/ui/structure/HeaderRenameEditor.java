package org.touchmap.ui.structure;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;

/**
 * Renaming a stage or lane in place: a text field over its header. Enter keeps the new name,
 * Escape keeps the old one; an empty name is refused and the field stays open. Clicking elsewhere
 * keeps a valid new name and drops an empty one.
 *
 * <p>Names can be typed in a row, as cards are in fast entry: Tab keeps the name and opens the next
 * stage (or lane), Shift+Tab the previous one, and Tab past the last one adds a new one to name.
 * Each rename and each addition is its own undo step. A line under the field says so.
 */
final class HeaderRenameEditor {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** Height of the field in map pixels, so it zooms with the header it covers. */
    private static final double FIELD_HEIGHT = 30;
    private static final double INSET = 4;

    private final EditorContext context;
    private final TextField field = new TextField();
    private final HeaderRenameHint hint = new HeaderRenameHint();
    /** Covers the header's own text under the field and its hint line, which would show through between them. */
    private final Region backdrop = new Region();
    private HeaderKind kind;
    private String id;

    HeaderRenameEditor(EditorContext context) {
        this.context = context;
        field.getStyleClass().add("header-rename");
        backdrop.getStyleClass().add("header-rename-backdrop");
        backdrop.setManaged(false);
        backdrop.setVisible(false);
        backdrop.setMouseTransparent(true);
        field.setManaged(false);
        field.setVisible(false);
        field.setOnAction(event -> commit());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown() && !event.isAltDown()) {
                step(event.isShiftDown() ? -1 : 1);
                event.consume();
            }
        });
        field.textProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, false));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                if (field.getText().isBlank()) {
                    close();
                } else {
                    commit();
                }
            }
        });
        // Clicks into the field are the field's own; the map under it must not see them.
        field.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    void install() {
        context.canvas().overlay().getChildren().addAll(backdrop, field, hint.node());
        context.canvas().mapLayoutProperty().addListener((obs, old, now) -> followLayout());
        context.documentProperty().addListener((obs, old, now) -> close());
    }

    boolean isEditing() {
        return id != null;
    }

    /** Opens the field over the header of a stage or lane, with its name selected. */
    void start(HeaderKind kind, String id) {
        close();
        MapElement element = context.map() == null ? null : kind.find(context.map(), id);
        if (element == null) {
            return;
        }
        this.kind = kind;
        this.id = id;
        field.setText(element.name());
        field.setTooltip(null);
        field.pseudoClassStateChanged(INVALID, false);
        field.setVisible(true);
        // A lane added at the bottom may lie below the view: the field is brought into sight with it.
        // A stage's header is always at the top of the map, where the person clicked to rename it.
        Rect header = context.layout() == null || kind != HeaderKind.LANE ? null : kind.header(context.layout(), id);
        if (header != null) {
            context.canvas().navigation().scrollToShow(header);
        }
        followLayout();
        field.requestFocus();
        field.selectAll();
    }

    /** Keeps a new, non-empty name; an empty one is refused and the field stays open. */
    void commit() {
        if (!isEditing()) {
            return;
        }
        String name = field.getText().strip();
        if (name.isEmpty()) {
            field.pseudoClassStateChanged(INVALID, true);
            field.setTooltip(new Tooltip(StructureText.get("rename.empty")));
            return;
        }
        HeaderKind renamedKind = kind;
        String renamedId = id;
        MapElement element = kind.find(context.map(), id);
        close();
        if (element != null && !name.equals(element.name())) {
            context.execute(renamedKind.rename(renamedId, name));
        }
    }

    /**
     * Keeps the typed name and opens the next ({@code +1}) or previous ({@code -1}) header of the
     * same kind; past the last one a new one is added. An empty name is refused as by Enter.
     */
    private void step(int direction) {
        if (!isEditing()) {
            return;
        }
        HeaderKind walking = kind;
        String from = id;
        commit();
        if (isEditing()) {
            return;
        }
        JourneyMap map = context.map();
        List<String> ids = walking.ids(map);
        int index = ids.indexOf(from) + direction;
        String next;
        if (index >= ids.size()) {
            HeaderKind.Added added = walking.addLast(map);
            context.execute(added.command());
            next = added.id();
        } else {
            next = ids.get(Math.max(0, index));
        }
        walking.select(context.selection(), next);
        start(walking, next);
    }

    /** Closes the field without changing anything. */
    void close() {
        if (!isEditing()) {
            return;
        }
        // Forget the target first: losing the focus below must not commit a second time.
        id = null;
        kind = null;
        field.setVisible(false);
        backdrop.setVisible(false);
        hint.hide();
        context.focusCanvas();
    }

    String text() {
        return field.getText();
    }

    /** Moves the field with its header when the layout changes, or closes it when the header is gone. */
    private void followLayout() {
        if (!isEditing()) {
            return;
        }
        MapLayout layout = context.layout();
        Rect header = layout == null ? null : kind.header(layout, id);
        if (header == null || kind.find(context.map(), id) == null) {
            close();
            return;
        }
        double height = Math.min(header.height() - 2 * INSET, FIELD_HEIGHT);
        double y = kind == HeaderKind.STAGE ? header.y() + INSET : header.centerY() - height / 2;
        field.resizeRelocate(header.x() + INSET, y, header.width() - 2 * INSET, height);
        hint.show(kind, id, context.map(), header.x() + INSET, y + height, header.width() - 2 * INSET);
        backdrop.toFront();
        field.toFront();
        hint.node().toFront();
        double bottom = Math.max(header.maxY(), hint.node().getLayoutY() + hint.node().getHeight() + INSET);
        backdrop.resizeRelocate(header.x(), header.y(), header.width(), bottom - header.y());
        backdrop.setVisible(true);
    }
}
