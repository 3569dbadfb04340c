package org.touchmap.ui.properties;

import java.util.List;
import java.util.stream.IntStream;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.touchmap.model.Touchpoint;

/**
 * The emotion score −2..+2 as five joined buttons, and a switch that lets it follow the rating.
 * While it follows, the button of the rating's score is pressed; pressing any button pins a score.
 */
final class EmotionEditor implements FieldEditor {
    private static final List<Integer> SCORES =
            IntStream.rangeClosed(Touchpoint.MIN_EMOTION, Touchpoint.MAX_EMOTION).boxed().toList();

    private final ToggleChoiceEditor<Integer> scores;
    private final SwitchEditor follows;
    private final VBox node;

    EmotionEditor(EditScope scope, PanelText text) {
        scores = new ToggleChoiceEditor<>(scope, EditedValues.shownEmotion(), SCORES, score -> {
            ToggleButton button = new ToggleButton(signed(score));
            button.setId("emotion-" + key(score));
            button.setTooltip(new Tooltip(text.get("emotion." + key(score))));
            return button;
        }, false, null, true);
        follows = new SwitchEditor(scope, EditedValues.emotionFollowsRating(), text.get("emotion.follow"), text);
        follows.control().setId("emotion-follow");
        node = new VBox(6, scores.node(), follows.control());
    }

    VBox node() {
        return node;
    }

    @Override
    public void load() {
        scores.load();
        follows.load();
    }

    private static String key(int score) {
        return score > 0 ? "plus" + score : score < 0 ? "minus" + -score : "zero";
    }

    /** A score with its sign, and a true minus: "−2", "0", "+1". */
    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }
}
