package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.touchmap.edit.CopiedCards;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Copied cards as clipboard content, so they can be pasted into another map, also in another
 * running Touchmap. The content is a small map in the ordinary {@code .cjm} format that holds
 * only the copied cards, the chains linking them, and bare stages and lanes for their ids: it
 * goes through the same mapping, limits and checks as a file, and a newer Touchmap's clipboard
 * is refused the same way a newer file is.
 */
public final class CardsJson {
    /** How clipboard content is named in error messages. */
    public static final String SOURCE_NAME = "clipboard";

    private CardsJson() {
    }

    public static byte[] write(CopiedCards copied) {
        JourneyMap fragment = new JourneyMap("");
        Set<String> stageIds = new LinkedHashSet<>();
        Set<String> laneIds = new LinkedHashSet<>();
        for (Touchpoint card : copied.cards()) {
            stageIds.add(card.stageId());
            laneIds.add(card.laneId());
        }
        // Only the ids matter on paste; the names are there because the format requires them.
        stageIds.forEach(id -> fragment.addStage(new Stage(id, id)));
        laneIds.forEach(id -> fragment.addLane(new Lane(id, id)));
        copied.cards().forEach(fragment::addTouchpoint);
        copied.chains().forEach(fragment::addChain);
        return MapJson.write(fragment);
    }

    /**
     * The cards in clipboard content written by {@link #write}.
     *
     * @throws MapFileException when the content is not copied cards this version can read
     */
    public static CopiedCards read(byte[] content) throws MapFileException {
        JourneyMap fragment = MapJson.read(content, SOURCE_NAME);
        return new CopiedCards(fragment.touchpoints(), fragment.chains());
    }
}
