package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.StageTemplate;

import java.time.Instant;

/** The map File → New starts with: three stages around the purchase and one lane, named in the UI's language. */
final class NewMaps {
    private NewMaps() {
    }

    static JourneyMap blank() {
        JourneyMap map = new JourneyMap(Messages.get("document.untitled"));
        map.setCreated(Instant.now());
        map.addStage(stage("before", "new.stage.before"));
        map.addStage(stage("during", "new.stage.during"));
        map.addStage(stage("after", "new.stage.after"));
        map.addLane(new Lane("main", Messages.get("new.lane.main")));
        return map;
    }

    /** A stage asking the question of the same stage of the before-during-after template, so a rename clears it. */
    private static Stage stage(String id, String nameKey) {
        Stage stage = new Stage(id, Messages.get(nameKey));
        stage.setCustomerQuestion(StageTemplate.BEFORE_DURING_AFTER.customerQuestion(Messages.locale(), id));
        return stage;
    }
}
