package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.ui.help.Shortcut;
import org.touchmap.ui.help.ShortcutsWindow;
import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** The keys of the shortcut window wrap between words, never inside one. */
@ExtendWith(ApplicationExtension.class)
class ShortcutKeyWordsWindowTest {
    private Stage owner;
    private Stage shortcuts;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shortcuts != null) {
                shortcuts.hide();
            }
        });
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void eachWordOfTheRussianKeysFitsOnALineOfItsColumn(FxRobot robot) {
        robot.interact(() -> {
            Messages.setLocale(Locale.forLanguageTag("ru"));
            shortcuts = ShortcutsWindow.show(owner, List.of(
                    new Shortcut(Messages.get("shortcuts.group.map"),
                            // A long action, as in the app's own list, leaves the keys only their narrowest column.
                            "Сдвинуть карту в любую сторону, не задевая карточек, связей и заголовков этапов",
                            Messages.get("shortcuts.keys.pan")),
                    new Shortcut("Правка", "Отменить", "Ctrl+Z")));
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> broken = new ArrayList<>();
        for (Label keys : robot.from(shortcuts.getScene().getRoot()).lookup(".shortcut-keys").queryAllAs(Label.class)) {
            double room = keys.getWidth() - keys.snappedLeftInset() - keys.snappedRightInset();
            for (String word : keys.getText().split("\\s+")) {
                Text measured = new Text(word);
                measured.setFont(keys.getFont());
                if (measured.getLayoutBounds().getWidth() > room + 0.5) {
                    broken.add("«" + word + "» needs " + measured.getLayoutBounds().getWidth() + " px of " + room);
                }
            }
        }
        assertTrue(keys(robot) > 0, "the window lists keys");
        assertEquals(List.of(), broken, "words of the key column broken in the middle");
    }

    private int keys(FxRobot robot) {
        return robot.from(shortcuts.getScene().getRoot()).lookup(".shortcut-keys").queryAll().size();
    }
}
