package org.touchmap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.touchmap.io.MapFileException;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** Maps the render tests draw: the bundled medical-clinic samples and a large generated map. */
final class SampleMaps {
    static final String ENGLISH = "medical-clinic.cjm";
    static final String RUSSIAN = "medical-clinic.ru.cjm";

    private SampleMaps() {
    }

    /** A bundled sample, read as the application reads it. */
    static JourneyMap sample(String name) {
        try (InputStream in = SampleMaps.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No bundled sample " + name);
            }
            return MapJson.read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MapFileException e) {
            throw new IllegalStateException(e);
        }
    }

    static JourneyMap english() {
        return sample(ENGLISH);
    }

    static JourneyMap russian() {
        return sample(RUSSIAN);
    }

    /**
     * A map of {@code stages} × {@code lanes} cells with {@code perCell} cards side by side in each
     * cell, every rating in turn, and one chain through the first card of every cell of the first lane.
     */
    static JourneyMap generated(int stages, int lanes, int perCell) {
        JourneyMap map = new JourneyMap("Generated map, " + stages + " stages");
        for (int s = 0; s < stages; s++) {
            Stage stage = new Stage("s" + s, "Stage " + (s + 1));
            stage.setCustomerQuestion("What does the customer want at step " + (s + 1) + "?");
            stage.setPhase(s < stages / 3 ? "Pre-sale" : s < 2 * stages / 3 ? "Sale" : "Post-sale");
            map.addStage(stage);
        }
        for (int l = 0; l < lanes; l++) {
            map.addLane(new Lane("l" + l, "Lane " + (l + 1)));
        }
        Rating[] ratings = Rating.values();
        Chain chain = new Chain("main", "Main path", "#0072b2");
        int n = 0;
        for (int s = 0; s < stages; s++) {
            for (int l = 0; l < lanes; l++) {
                for (int c = 0; c < perCell; c++) {
                    Touchpoint tp = new Touchpoint("tp" + n, "Touchpoint " + n, "s" + s, "l" + l);
                    tp.applyChannelDefaults(ChannelCatalog.all().get(n % ChannelCatalog.all().size()));
                    tp.setRating(ratings[n % ratings.length]);
                    tp.setX(c * 184);
                    map.addTouchpoint(tp);
                    n++;
                }
            }
        }
        for (int s = 0; s + 1 < stages; s++) {
            chain.addLink(new ChainLink("tp" + s * lanes * perCell, "tp" + (s + 1) * lanes * perCell));
        }
        map.addChain(chain);
        return map;
    }
}
