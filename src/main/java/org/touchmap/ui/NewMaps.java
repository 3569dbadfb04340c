package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;

import java.time.Instant;

/** The map File → New starts with: three stages around the purchase and one lane, named in the UI's language. */
final class NewMaps {
    private NewMaps() {
    }

    static JourneyMap blank() {
        JourneyMap map = new JourneyMap(Messages.get("document.untitled"));
        map.setCreated(Instant.now());
        map.addStage(stage("before", "new.stage.before", "new.stage.before.question"));
        map.addStage(stage("during", "new.stage.during", "new.stage.during.question"));
        map.addStage(stage("after", "new.stage.after", "new.stage.after.question"));
        map.addLane(new Lane("main", Messages.get("new.lane.main")));
        return map;
    }

    private static Stage stage(String id, String nameKey, String questionKey) {
        Stage stage = new Stage(id, Messages.get(nameKey));
        stage.setCustomerQuestion(Messages.get(questionKey));
        return stage;
    }
}
