package org.touchmap.ui.properties;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;

/**
 * Online/offline of cards whose lanes decide it (the Online/Offline pair, see {@link LanePresence}) is not
 * edited by hand: it follows the lane, so the panel, the canvas and Excel cannot disagree. The toggles are
 * switched off with a line saying so; moving the card to the other lane changes it.
 */
final class PresenceFromLane implements FieldEditor {
    private final EditScope scope;
    private final Node toggles;
    private final Label hint;

    PresenceFromLane(EditScope scope, PanelText text, Node toggles) {
        this.scope = scope;
        this.toggles = toggles;
        this.hint = new Label(text.get("touchpoint.presence.fromLane"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setId("presence-from-lane");
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setVisible(false);
    }

    Node node() {
        return hint;
    }

    @Override
    public void load() {
        boolean decided = scope.hasDocument() && !scope.ids().isEmpty() && decidedByLanes(scope.map());
        toggles.setDisable(decided);
        hint.setVisible(decided);
    }

    private boolean decidedByLanes(JourneyMap map) {
        return scope.ids().stream().allMatch(id -> map.findTouchpoint(id)
                .flatMap(card -> LanePresence.of(map, card.laneId())).isPresent());
    }
}
