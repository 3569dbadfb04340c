package org.touchmap.ui.voting;

import org.touchmap.ui.canvas.TextFieldsOnTheMap;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.keys.PhysicalKeys;

/**
 * V gives the selected card a dot of the chosen participant, Shift+V takes one back, while the
 * voting window is open (the key in V's place, on a Russian or Serbian layout too). A filter on the canvas, so the letter never reaches fast entry or the
 * in-place rename; when voting is off the keys pass through untouched.
 */
public final class VoteKeys {
    private final DotVoting voting;
    private boolean swallowTypedV;

    public VoteKeys(DotVoting voting) {
        this.voting = voting;
    }

    public void install(Node canvas) {
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent event) {
        swallowTypedV = false;
        if (!voting.activeProperty().get() || PhysicalKeys.of(event) != KeyCode.V || event.isShortcutDown()
                || event.isAltDown() || TextFieldsOnTheMap.hold(event.getTarget())) {
            return;
        }
        if (event.isShiftDown()) {
            voting.takeDot();
        } else {
            voting.giveDot();
        }
        swallowTypedV = true;
        event.consume();
    }

    private void typed(KeyEvent event) {
        if (swallowTypedV && PhysicalKeys.ofCharacter(event.getCharacter(), Messages.locale()) == KeyCode.V) {
            swallowTypedV = false;
            event.consume();
        }
    }
}
