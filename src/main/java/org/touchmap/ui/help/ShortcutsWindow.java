package org.touchmap.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.touchmap.ui.i18n.Messages;

/**
 * Help → Keyboard shortcuts: every shortcut of the window, grouped by the menu it belongs to,
 * in a window of its own that can stay open beside the map while the person learns the keys.
 */
public final class ShortcutsWindow {
    private static final double WIDTH = 560;
    private static final double HEIGHT = 700;
    private static final double KEYS_MIN_WIDTH = 150;
    private static final double KEYS_MAX_WIDTH = 210;

    private ShortcutsWindow() {
    }

    public static Stage show(Window owner, List<Shortcut> shortcuts) {
        Map<String, GridPane> groups = new LinkedHashMap<>();
        List<Label> allKeys = new ArrayList<>();
        for (Shortcut shortcut : shortcuts) {
            GridPane grid = groups.computeIfAbsent(shortcut.group(), group -> grid());
            int row = grid.getRowCount();
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            // Keys such as "Space+drag, middle button drag" are long in some languages: they wrap
            // in their column rather than being cut or squeezing what the shortcut does.
            keys.setWrapText(true);
            keys.setMaxWidth(KEYS_MAX_WIDTH);
            keys.setMinHeight(Region.USE_PREF_SIZE);
            allKeys.add(keys);
            Label action = new Label(shortcut.action());
            action.getStyleClass().add("shortcut-action");
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row, keys, action);
        }
        VBox content = new VBox(6);
        content.setPadding(new Insets(12, 16, 16, 16));
        groups.forEach((group, grid) -> {
            Label heading = new Label(group);
            heading.getStyleClass().add("shortcut-group");
            content.getChildren().addAll(heading, grid);
        });
        Stage stage = HelpWindow.show(owner, "shortcuts.title", "shortcuts", content, WIDTH, HEIGHT);
        fitLongestKeyWord(allKeys, groups.values());
        return stage;
    }

    /**
     * Widens the key column, once the labels have their font, so that its longest word (such as
     * "Пробел+перетаскивание,") fits on a line: a label wraps only between words and would otherwise
     * break that word in the middle.
     */
    private static void fitLongestKeyWord(List<Label> keys, Iterable<GridPane> grids) {
        double widest = 0;
        for (Label label : keys) {
            double padding = label.snappedLeftInset() + label.snappedRightInset();
            for (String word : label.getText().split("\\s+")) {
                widest = Math.max(widest, Math.ceil(widthOf(word, label)) + padding);
            }
        }
        if (widest <= KEYS_MIN_WIDTH) {
            return;
        }
        for (Label label : keys) {
            label.setMaxWidth(Math.max(KEYS_MAX_WIDTH, widest));
        }
        for (GridPane grid : grids) {
            ColumnConstraints column = grid.getColumnConstraints().get(0);
            column.setMinWidth(widest);
            column.setMaxWidth(Math.max(KEYS_MAX_WIDTH, widest));
        }
    }

    private static double widthOf(String word, Label label) {
        Text text = new Text(word);
        text.setFont(label.getFont());
        return text.getLayoutBounds().getWidth();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-rows");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 0, 8, 8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(KEYS_MIN_WIDTH);
        keys.setMaxWidth(KEYS_MAX_WIDTH);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, action);
        return grid;
    }
}
