package org.touchmap.io.json;

import org.touchmap.model.Attention;
import org.touchmap.model.Ballot;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Metric;
import org.touchmap.model.Persona;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;
import org.touchmap.model.TouchpointCategory;
import org.touchmap.model.Voting;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map in {@code golden/v1.cjm}: small, but every field of format 1 is set somewhere, and
 * every rating occurs. The file is frozen; later format versions must still read it as this map.
 */
final class GoldenMap {
    private GoldenMap() {
    }

    /**
     * The map of {@code golden/v2.cjm}: the version-1 golden map with a lane of thoughts below its
     * lanes, holding two notes in one stage, and a backstage lane with one process step that has an
     * owner and supports two touchpoints, and a storyboard lane with one frame and its picture.
     */
    /** A 4 × 3 PNG, the storyboard frame's picture of the version-2 golden file. */
    private static final String FRAME_PICTURE = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAGElEQVR4XmNQCGgwSGhwKGgIaGhgwMkBAP5nDYEOPbuyAAAAAElFTkSuQmCC";

    static JourneyMap buildVersion2() {
        JourneyMap map = build();
        org.touchmap.model.Lane thoughts = new org.touchmap.model.Lane("thoughts", "Thoughts");
        thoughts.setDescription("What the customer thinks at each stage.");
        thoughts.setColor("#fff8c5");
        thoughts.setKind(org.touchmap.model.LaneKind.THOUGHTS);
        map.addLane(thoughts);
        String stage = map.stages().get(0).id();
        map.addNote(new org.touchmap.model.Note("n-photos", "Are there photos of real cakes?", stage, "thoughts"));
        map.addNote(new org.touchmap.model.Note("n-price", "How much for 12 people?", stage, "thoughts"));
        org.touchmap.model.Lane backstage = new org.touchmap.model.Lane("kitchen", "Kitchen");
        backstage.setKind(org.touchmap.model.LaneKind.BACKSTAGE);
        backstage.setFolded(true);
        map.addLane(backstage);
        org.touchmap.model.Note step = new org.touchmap.model.Note("n-bake", "Bake and decorate the cake", stage,
                "kitchen");
        step.setOwner("Pastry chef");
        step.setSupports(java.util.List.of("tp-call", "tp-pickup"));
        map.addNote(step);
        org.touchmap.model.Lane feelings = new org.touchmap.model.Lane("feel", "How it feels");
        feelings.setKind(org.touchmap.model.LaneKind.EMOTION);
        feelings.setChainId("ch-order");
        map.addLane(feelings);
        org.touchmap.model.Lane storyboard = new org.touchmap.model.Lane("story", "Storyboard");
        storyboard.setKind(org.touchmap.model.LaneKind.STORYBOARD);
        map.addLane(storyboard);
        org.touchmap.model.Note frame = new org.touchmap.model.Note("n-cake", "The cake on the table", "order", "story");
        frame.setPicture(new org.touchmap.model.Picture(org.touchmap.model.Picture.Format.PNG,
                java.util.Base64.getDecoder().decode(FRAME_PICTURE), 4, 3));
        map.addNote(frame);
        return map;
    }

    static JourneyMap build() {
        JourneyMap map = new JourneyMap("Bakery: ordering a birthday cake");
        map.setDescription("From the first search to the cake on the table.\nSecond line of the description.");
        map.setIndustry("Bakery");
        map.setTemplate("client-5");
        map.setPersona(new Persona("Марко, 41", "Father of two", "Wants it to be special", "Orders by phone",
                "A cake on Saturday", "The children's joy", "Order once, pick up on time", "Being kept waiting"));
        map.setCompetitorNotes("The shop next door delivers.");
        map.setCreated(Instant.parse("2026-01-05T08:30:00Z"));
        map.setModified(Instant.parse("2026-01-06T12:00:00.250Z"));

        Stage choose = new Stage("choose", "Choosing");
        choose.setDescription("Looks for a bakery.");
        choose.setCustomerQuestion("Who makes cakes like this?");
        choose.setColor("#56b4e9");
        choose.setPhase("Pre-sale");
        choose.setVisitors(900L);
        choose.setWidth(240.0);
        map.addStage(choose);
        map.addStage(new Stage("order", "Ordering"));

        Lane online = new Lane("online", "Online");
        online.setDescription("Everything on a screen.");
        online.setColor("#f0f0f0");
        map.addLane(online);
        map.addLane(new Lane("shop", "Shop"));

        Touchpoint site = new Touchpoint("tp-site", "Cake gallery", "choose", "online");
        site.setX(12.5);
        site.setY(-3);
        site.setChannelId("web-page");
        site.setRating(Rating.POSITIVE);
        site.setKeyPoint(true);
        site.setDescription("Photos of \"real\" cakes with prices.");
        site.setPresence(Presence.OFFLINE);
        site.setCategory(TouchpointCategory.SITUATION);
        site.setEmotion(2);
        site.setControl(Control.UNCONTROLLED);
        site.setAttention(Attention.LONG);
        site.setLifespan(Lifespan.ONE_OFF);
        Map<String, Integer> criteria = new LinkedHashMap<>();
        criteria.put("design", 5);
        criteria.put("mobile-version", 1);
        site.setCriteria(criteria);
        Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
        metrics.put(Metric.CONVERSION_PERCENT, 4.25);
        metrics.put(Metric.BOUNCE_PERCENT, 40.0);
        metrics.put(Metric.NPS, -100.0);
        metrics.put(Metric.CSAT, 88.0);
        metrics.put(Metric.CES, 2.5);
        metrics.put(Metric.TIME_TO_TARGET_SECONDS, 30.0);
        metrics.put(Metric.COST, 1500.75);
        metrics.put(Metric.ROI_PERCENT, -20.0);
        site.setMetrics(metrics);
        site.setPainPoints("No filter by size.");
        site.setIdeas("Add a size filter.");
        site.setOwner("Web shop");
        site.setEvidence(Evidence.OBSERVED);
        site.setNotes("Checked on 5 January.");
        site.setCompetitor(CompetitorComparison.COMPETITOR_LACKS_IT);
        site.setText(TouchpointText.EVIDENCE_SOURCE, "research/site-visits.pdf");
        map.addTouchpoint(site);

        Touchpoint call = new Touchpoint("tp-call", "Phone order", "order", "shop");
        call.setChannelId("phone-call");
        call.setRating(Rating.NEGATIVE);
        call.setEmotion(-2);
        call.setEvidence(Evidence.ASSUMED);
        call.setCompetitor(CompetitorComparison.WE_LACK_IT);
        map.addTouchpoint(call);

        Touchpoint pickup = new Touchpoint("tp-pickup", "Pick-up", "order", "shop");
        pickup.setChannelId("Counter by the window");
        pickup.setRating(Rating.NEUTRAL);
        pickup.setX(180);
        pickup.setLifespan(Lifespan.RECURRING);
        pickup.setAttention(Attention.SHORT);
        pickup.setEvidence(Evidence.PROPOSED);
        map.addTouchpoint(pickup);

        map.addTouchpoint(new Touchpoint("tp-bare", "", "order", "online"));

        Chain order = new Chain("ch-order", "Order", "#009e73");
        order.setDescription("The main path.");
        order.addLink(new ChainLink("tp-site", "tp-call"));
        order.addLink(new ChainLink("tp-call", "tp-pickup"));
        order.setNextChainId("ch-again");
        map.addChain(order);
        map.addChain(new Chain("ch-again", "Next birthday", "#cc79a7"));
        return map;
    }

    /**
     * The map in {@code golden/v1-voting.cjm}: the golden map after a dot vote, which format 1
     * added as an optional key. A separate file, so that {@code v1.cjm} stays as it was first written.
     */
    static JourneyMap buildWithVotes() {
        JourneyMap map = build();
        Map<String, Integer> marko = new LinkedHashMap<>();
        marko.put("tp-call", 3);
        marko.put("tp-site", 1);
        map.setVoting(new Voting(4, List.of(new Ballot("Марко", marko), new Ballot("Ana", Map.of("tp-pickup", 1)),
                Ballot.empty("Late guest"))));
        return map;
    }
}
