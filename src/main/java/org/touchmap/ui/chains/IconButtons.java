package org.touchmap.ui.chains;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small flat icon buttons of the chain panel, each with a tooltip saying what it does. */
final class IconButtons {
    private IconButtons() {
    }

    static Button of(String icon, String tooltipKey, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(ChainText.get(tooltipKey)));
        button.setAccessibleText(ChainText.get(tooltipKey));
        button.setOnAction(event -> action.run());
        return button;
    }
}
