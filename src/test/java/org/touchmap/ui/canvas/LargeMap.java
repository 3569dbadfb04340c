package org.touchmap.ui.canvas;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** A big generated map, to see that the canvas copes with thousands of cards. */
final class LargeMap {
    private static final int STAGES = 10;
    private static final int LANES = 4;
    private static final int COLUMNS_PER_CELL = 5;

    private LargeMap() {
    }

    static JourneyMap build(int touchpoints) {
        JourneyMap map = new JourneyMap("Generated map with " + touchpoints + " touchpoints");
        for (int s = 0; s < STAGES; s++) {
            Stage stage = new Stage("s" + s, "Stage " + (s + 1));
            stage.setCustomerQuestion("What does the customer want at step " + (s + 1) + "?");
            stage.setPhase(s < 3 ? "Pre-sale" : s < 7 ? "Sale" : "Post-sale");
            map.addStage(stage);
        }
        for (int l = 0; l < LANES; l++) {
            map.addLane(new Lane("l" + l, "Lane " + (l + 1)));
        }
        var channels = ChannelCatalog.all();
        Rating[] ratings = Rating.values();
        int perCell = Math.max(1, (touchpoints + STAGES * LANES - 1) / (STAGES * LANES));
        for (int i = 0; i < touchpoints; i++) {
            int cell = i / perCell;
            int inCell = i % perCell;
            Touchpoint tp = new Touchpoint("tp" + i, "Touchpoint number " + i + " with a longer name",
                    "s" + (cell % STAGES), "l" + (cell / STAGES % LANES));
            tp.applyChannelDefaults(channels.get(i % channels.size()));
            tp.setRating(ratings[i % ratings.length]);
            tp.setKeyPoint(i % 7 == 0);
            tp.setX((inCell % COLUMNS_PER_CELL) * 180.0);
            tp.setY((inCell / COLUMNS_PER_CELL) * 90.0);
            map.addTouchpoint(tp);
        }
        Chain chain = new Chain("ch-long", "Long chain", "#0072b2");
        for (int i = 0; i + perCell < touchpoints; i += perCell) {
            chain.addLink(new ChainLink("tp" + i, "tp" + (i + perCell)));
        }
        map.addChain(chain);
        return map;
    }
}
