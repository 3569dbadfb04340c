package org.touchmap.model.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Makes a journey map of any size that looks like a worked one: funnel stages, lanes, cards named
 * after channels of the catalog with mixed ratings, and chains that run through the cards stage by
 * stage. The same settings give the same map, byte for byte once saved, on every machine.
 *
 * <p>Ids are plain: stages {@code s0, s1, …}, lanes {@code l0, …}, touchpoints {@code tp0, …} and
 * chains {@code ch0, …}. Touchpoints fill the cells in order, stage by stage along the first lane,
 * then the next lane, the same number in every cell and five cards a row, so {@code tp0} and the
 * touchpoints after it share the top-left cell.
 */
public final class MapGenerator {
    /** Cards side by side in a cell before the next row starts. */
    public static final int CARDS_PER_ROW = 5;
    public static final double CARD_STEP_X = 180;
    public static final double CARD_STEP_Y = 90;

    private static final List<String> STAGE_NAMES = List.of("Awareness", "Information search",
            "Comparison of options", "Purchase decision", "Purchase", "Delivery", "First use", "Support",
            "Loyalty", "Referral");
    private static final List<String> STAGE_QUESTIONS = List.of("Do I have a problem worth solving?",
            "Who can solve it for me?", "Which offer suits me best?", "Is this the moment to buy?",
            "How do I pay and what happens next?", "When does it arrive?", "Does it do what was promised?",
            "Who helps me when something goes wrong?", "Why should I come back?", "Whom would I tell about it?");
    private static final List<String> LANE_NAMES = List.of("Online", "Offline", "Backstage", "Partners");
    private static final List<String> CHAIN_NAMES = List.of("First purchase", "Repeat order", "Abandoned cart",
            "Complaint and return", "Referral", "Support request", "Subscription renewal", "Price comparison");
    private static final List<String> CHAIN_COLORS = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7",
            "#e69f00", "#56b4e9", "#f0e442", "#000000");
    /** Out of 100: how often each rating comes up. */
    private static final Map<Rating, Integer> RATING_WEIGHTS = Map.of(Rating.POSITIVE, 35, Rating.NEUTRAL, 30,
            Rating.NEGATIVE, 20, Rating.UNRATED, 15);
    private static final int KEY_POINT_PERCENT = 10;
    private static final int FIRST_STAGE_VISITORS = 10_000;
    private static final int CONTINUED_CHAIN_EVERY = 4;

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final List<Channel> channels = ChannelCatalog.all();
    private final Map<String, Integer> cardsPerChannel = new HashMap<>();
    private final TouchpointDetails details;

    private MapGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.details = new TouchpointDetails(random);
    }

    /** The map these settings describe. */
    public static JourneyMap generate(GeneratorSettings settings) {
        return new MapGenerator(settings).build();
    }

    /** How many touchpoints share one cell: the touchpoints spread evenly over stages × lanes. */
    public static int cardsPerCell(int touchpoints, int stages, int lanes) {
        int cells = stages * lanes;
        return Math.max(1, (touchpoints + cells - 1) / cells);
    }

    private JourneyMap build() {
        JourneyMap map = new JourneyMap("Generated journey map, " + settings.touchpoints() + " touchpoints");
        map.setDescription("A made-up map of " + settings.touchpoints() + " touchpoints over " + settings.stages()
                + " stages and " + settings.lanes() + " lanes, generated with seed " + settings.seed() + ".");
        map.setIndustry("Online store");
        for (int s = 0; s < settings.stages(); s++) {
            map.addStage(stage(s));
        }
        for (int l = 0; l < settings.lanes(); l++) {
            map.addLane(new Lane("l" + l, l < LANE_NAMES.size() ? LANE_NAMES.get(l) : "Lane " + (l + 1)));
        }
        List<List<String>> idsByStage = new ArrayList<>();
        for (int s = 0; s < settings.stages(); s++) {
            idsByStage.add(new ArrayList<>());
        }
        int perCell = cardsPerCell(settings.touchpoints(), settings.stages(), settings.lanes());
        for (int i = 0; i < settings.touchpoints(); i++) {
            int cell = i / perCell;
            int stage = cell % settings.stages();
            Touchpoint tp = touchpoint(i, stage, cell / settings.stages() % settings.lanes(), i % perCell);
            // In the Online and Offline lanes the lane says where a card is, as it does when a person edits.
            LanePresence.of(map, tp.laneId()).ifPresent(tp::setPresence);
            map.addTouchpoint(tp);
            idsByStage.get(stage).add(tp.id());
        }
        for (int c = 0; c < settings.chains(); c++) {
            map.addChain(chain(c, idsByStage));
        }
        return map;
    }

    private Stage stage(int index) {
        boolean named = index < STAGE_NAMES.size();
        Stage stage = new Stage("s" + index, named ? STAGE_NAMES.get(index) : "Stage " + (index + 1));
        stage.setCustomerQuestion(named ? STAGE_QUESTIONS.get(index) : "What does the customer want now?");
        stage.setPhase(index * 3 < settings.stages() ? "Pre-sale"
                : index * 3 < 2 * settings.stages() ? "Sale" : "Post-sale");
        stage.setVisitors((long) (FIRST_STAGE_VISITORS / (index + 1)));
        return stage;
    }

    private Touchpoint touchpoint(int index, int stage, int lane, int inCell) {
        Channel channel = channels.get(random.nextInt(channels.size()));
        int number = cardsPerChannel.merge(channel.id(), 1, Integer::sum);
        Touchpoint tp = new Touchpoint("tp" + index, channel.displayName(Locale.ENGLISH) + " " + number,
                "s" + stage, "l" + lane);
        tp.applyChannelDefaults(channel);
        tp.setRating(rating());
        tp.setKeyPoint(random.nextInt(100) < KEY_POINT_PERCENT);
        tp.setX((inCell % CARDS_PER_ROW) * CARD_STEP_X);
        tp.setY((inCell / CARDS_PER_ROW) * CARD_STEP_Y);
        if (settings.detail() == GeneratorSettings.Detail.FULL) {
            details.describe(tp, channel);
        }
        return tp;
    }

    private Rating rating() {
        int roll = random.nextInt(100);
        for (Rating rating : Rating.values()) {
            roll -= RATING_WEIGHTS.get(rating);
            if (roll < 0) {
                return rating;
            }
        }
        return Rating.UNRATED;
    }

    /**
     * A chain that starts in one of the first half of the stages and goes forward stage by stage,
     * through one card of each stage that has cards, to a random later stage.
     */
    private Chain chain(int index, List<List<String>> idsByStage) {
        String name = CHAIN_NAMES.get(index % CHAIN_NAMES.size())
                + (index < CHAIN_NAMES.size() ? "" : " " + (index / CHAIN_NAMES.size() + 1));
        Chain chain = new Chain("ch" + index, name, CHAIN_COLORS.get(index % CHAIN_COLORS.size()));
        int stages = idsByStage.size();
        int first = random.nextInt(Math.max(1, (stages + 1) / 2));
        int last = stages == 1 ? 0 : first + 1 + random.nextInt(stages - first - 1);
        String previous = null;
        for (int s = first; s <= last; s++) {
            List<String> ids = idsByStage.get(s);
            if (ids.isEmpty()) {
                continue;
            }
            String current = ids.get(random.nextInt(ids.size()));
            if (previous != null) {
                chain.addLink(new ChainLink(previous, current));
            }
            previous = current;
        }
        if (settings.detail() == GeneratorSettings.Detail.FULL) {
            chain.setDescription("How customers go through \"" + name + "\", from "
                    + stageName(first) + " to " + stageName(last) + ".");
        }
        if (index % CONTINUED_CHAIN_EVERY == CONTINUED_CHAIN_EVERY - 1 && index + 1 < settings.chains()) {
            chain.setNextChainId("ch" + (index + 1));
        }
        return chain;
    }

    private static String stageName(int index) {
        return index < STAGE_NAMES.size() ? STAGE_NAMES.get(index).toLowerCase(Locale.ROOT) : "stage " + (index + 1);
    }
}
