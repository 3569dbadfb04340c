package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * The labels of the showing windows whose text is cut: a button, check box, cell or header that
 * shows less of its text than it has (the rest replaced by an ellipsis) because it got too little room;
 * and a text in a list, table or tree cell that runs past its cell (a line too many for the cell's
 * height, covered by the next cell) or past the right edge of the list's visible area.
 */
final class CutLabels {
    private CutLabels() {
    }

    /** Each cut label of every showing window, as "where: shown ≠ text". */
    static List<String> in(String where, List<Window> windows) {
        List<String> cut = new ArrayList<>();
        for (Window window : windows) {
            if (window.isShowing() && window.getScene() != null) {
                collect(where, window.getScene().getRoot(), cut);
            }
        }
        return cut;
    }

    private static void collect(String where, Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            shownText(labeled).filter(shown -> !shown.equals(fullText(labeled)))
                    .ifPresent(shown -> cut.add(where + ": «" + shown + "» of «" + fullText(labeled) + "» ("
                            + labeled.getClass().getSimpleName() + " " + labeled.getStyleClass() + ")"));
        }
        if (node instanceof Text text && text.isVisible() && !text.getText().isBlank()) {
            CellClipping.of(text).ifPresent(clipped -> cut.add(where + ": «" + text.getText() + "» " + clipped));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(where, child, cut));
        }
    }

    /** The text the label's skin draws; none while the label has no text or shows only its graphic. */
    private static java.util.Optional<String> shownText(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isBlank() || labeled.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text") && child.isVisible())
                .map(child -> ((Text) child).getText())
                .findFirst();
    }

    /** The text as it would be shown uncut: without the mnemonic's underscore. */
    private static String fullText(Labeled labeled) {
        String text = labeled.getText();
        if (labeled.isMnemonicParsing()) {
            int mnemonic = text.indexOf('_');
            if (mnemonic >= 0 && mnemonic < text.length() - 1) {
                text = text.substring(0, mnemonic) + text.substring(mnemonic + 1);
            }
        }
        return text;
    }
}
