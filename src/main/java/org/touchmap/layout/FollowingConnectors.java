package org.touchmap.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chain arrows attached to cards that are being dragged, routed again for wherever the cards
 * are shown at the moment. Only these arrows are routed, by the same router as a whole layout and
 * around the cards that stay, so during the drag they look as they will after the drop while
 * every other arrow and card stays as laid out. Made once per drag: indexing the cards that stay
 * is the only part whose cost grows with the map.
 *
 * <p>Going around cards costs up to a few tenths of a millisecond per arrow. When more than
 * {@link #MOST_DETOURING} arrows follow, they all keep their simple routes during the drag, so a
 * mouse move stays within a frame however many linked cards are dragged; the drop lays them out
 * in full.
 */
public final class FollowingConnectors {
    /** The most arrows that go around cards while they follow a drag. */
    public static final int MOST_DETOURING = 16;

    private final MapLayout layout;
    private final List<Integer> indices;
    private final int[] siblingIndex;
    private final int[] siblingCount;
    private final ConnectorRouter router;
    private final EndSpreading endSpreading;
    /** Arrows that share a card with a following arrow: their ends may have to make room for each other. */
    private final List<Integer> neighbours;
    private final int[] neighbourSiblingIndex;
    private final int[] neighbourSiblingCount;

    private FollowingConnectors(MapLayout layout, Set<String> moving) {
        this.layout = layout;
        List<Connector> all = layout.connectors();
        Map<String, Integer> seen = new HashMap<>();
        int[] index = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Connector connector = all.get(i);
            index[i] = seen.merge(pairKey(connector), 1, Integer::sum) - 1;
        }
        List<Integer> following = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Connector connector = all.get(i);
            if (moving.contains(connector.fromTouchpointId()) || moving.contains(connector.toTouchpointId())) {
                following.add(i);
            }
        }
        this.indices = List.copyOf(following);
        this.siblingIndex = new int[following.size()];
        this.siblingCount = new int[following.size()];
        for (int k = 0; k < following.size(); k++) {
            siblingIndex[k] = index[following.get(k)];
            siblingCount[k] = seen.get(pairKey(all.get(following.get(k))));
        }
        Map<String, CardBox> staying = new HashMap<>();
        for (CardBox card : layout.cards()) {
            if (!moving.contains(card.touchpointId())) {
                staying.put(card.touchpointId(), card);
            }
        }
        this.router = new ConnectorRouter(layout.settings(), staying, layout.columns(), layout.rows());
        this.endSpreading = new EndSpreading(layout.settings());
        Set<String> touched = new HashSet<>();
        for (int i : following) {
            touched.add(all.get(i).fromTouchpointId());
            touched.add(all.get(i).toTouchpointId());
        }
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Connector connector = all.get(i);
            if (touched.contains(connector.fromTouchpointId()) || touched.contains(connector.toTouchpointId())) {
                near.add(i);
            }
        }
        this.neighbours = List.copyOf(near);
        this.neighbourSiblingIndex = new int[near.size()];
        this.neighbourSiblingCount = new int[near.size()];
        for (int k = 0; k < near.size(); k++) {
            neighbourSiblingIndex[k] = index[near.get(k)];
            neighbourSiblingCount[k] = seen.get(pairKey(all.get(near.get(k))));
        }
    }

    /** The arrows of {@code layout} that leave or enter one of the cards with the given ids. */
    public static FollowingConnectors of(MapLayout layout, Collection<String> movingIds) {
        return new FollowingConnectors(layout, new HashSet<>(movingIds));
    }

    /** Where the following arrows are in {@link MapLayout#connectors()}, in drawing order. */
    public List<Integer> indices() {
        return indices;
    }

    /**
     * The following arrows, in the order of {@link #indices()}, routed as if each card in
     * {@code shownAt} had the given box; cards not in it are where the layout put them.
     */
    public List<Connector> routedWith(Map<String, Rect> shownAt) {
        List<Connector> all = layout.connectors();
        boolean aroundCards = indices.size() <= MOST_DETOURING;
        // As in a whole layout: the arrows sharing a card are routed simply to learn which card
        // sides their ends meet, then the following ones in full with the ends spread.
        List<Connector> nearby = new ArrayList<>(neighbours.size());
        Map<Integer, Integer> placeInNearby = new HashMap<>();
        Map<String, CardBox> cards = new HashMap<>();
        for (int n = 0; n < neighbours.size(); n++) {
            Connector laidOut = all.get(neighbours.get(n));
            placeInNearby.put(neighbours.get(n), n);
            CardBox from = placed(laidOut.fromTouchpointId(), shownAt);
            CardBox to = placed(laidOut.toTouchpointId(), shownAt);
            if (from == null || to == null) {
                nearby.add(laidOut);
                continue;
            }
            cards.put(from.touchpointId(), from);
            cards.put(to.touchpointId(), to);
            nearby.add(router.reroute(laidOut, from, to, neighbourSiblingIndex[n], neighbourSiblingCount[n], false));
        }
        List<EndSpreading.Ends> ends = endSpreading.spread(nearby, cards);
        List<Connector> routed = new ArrayList<>(indices.size());
        for (int k = 0; k < indices.size(); k++) {
            routed.add(routed(k, shownAt, aroundCards, ends.get(placeInNearby.get(indices.get(k)))));
        }
        return routed;
    }

    private Connector routed(int k, Map<String, Rect> shownAt, boolean aroundCards, EndSpreading.Ends ends) {
        Connector laidOut = layout.connectors().get(indices.get(k));
        CardBox from = placed(laidOut.fromTouchpointId(), shownAt);
        CardBox to = placed(laidOut.toTouchpointId(), shownAt);
        return from == null || to == null ? laidOut
                : router.reroute(laidOut, from, to, siblingIndex[k], siblingCount[k], aroundCards, ends);
    }

    private CardBox placed(String touchpointId, Map<String, Rect> shownAt) {
        CardBox laidOut = layout.card(touchpointId).orElse(null);
        Rect box = shownAt.get(touchpointId);
        if (laidOut == null || box == null) {
            return laidOut;
        }
        return new CardBox(touchpointId, laidOut.stageId(), laidOut.laneId(), box);
    }

    private static String pairKey(Connector connector) {
        return ConnectorRouter.pairKey(connector.fromTouchpointId(), connector.toTouchpointId());
    }
}
