package org.touchmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;

/**
 * Routes the arrows of chains between cards with short orthogonal paths: forwards from the right
 * edge of one card to the left edge of the next, straight down or up within a column, and over the
 * cards when a chain goes back to an earlier stage. Between cards that touch, an arrow goes round
 * beside them, so it is never too short to see. Where such a route would run through other
 * cards, the arrow takes a detour along the free lines between columns and rows instead. Arrows of
 * different chains between the same two cards are spread apart so each stays visible, and so are
 * the ends of arrows that meet one side of a card (see {@link EndSpreading}).
 */
final class ConnectorRouter {
    private final LayoutSettings settings;
    private final Map<String, CardBox> cards;
    private final List<StageColumn> columns;
    private final List<LaneRow> rows;
    private final CardObstacles obstacles;
    private final DetourRouter detours;
    private final EndSpreading endSpreading;
    private final DirectRoutes directRoutes;
    private final long detourBudget;

    ConnectorRouter(LayoutSettings settings, Map<String, CardBox> cards, List<StageColumn> columns,
                    List<LaneRow> rows) {
        this(settings, cards, columns, rows, DetourRouter.LAYOUT_BUDGET);
    }

    /** With {@code detourBudget} as the work {@link #route} may spend on detours; see {@link DetourRouter#LAYOUT_BUDGET}. */
    ConnectorRouter(LayoutSettings settings, Map<String, CardBox> cards, List<StageColumn> columns,
                    List<LaneRow> rows, long detourBudget) {
        this.detourBudget = detourBudget;
        this.settings = settings;
        this.cards = cards;
        this.columns = columns;
        this.rows = rows;
        this.obstacles = new CardObstacles(List.copyOf(cards.values()));
        this.detours = new DetourRouter(obstacles);
        this.endSpreading = new EndSpreading(settings);
        this.directRoutes = new DirectRoutes(settings);
    }

    /** One requested arrow before routing. */
    private record Request(String chainId, String color, int linkIndex, CardBox from, CardBox to, boolean nextChain) {
        String pairKey() {
            return ConnectorRouter.pairKey(from.touchpointId(), to.touchpointId());
        }
    }

    /** The same for both directions: arrows between the same two cards are spread apart whichever way they point. */
    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
    }

    List<Connector> route(List<Chain> chains) {
        List<Request> requests = requests(chains);
        // Each arrow's place among those between the same two cards, counted in one pass: a map may
        // hold a hundred thousand arrows between the same two cards.
        Map<String, Integer> pairCounts = new HashMap<>();
        String[] pairKeys = new String[requests.size()];
        int[] siblingIndex = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            pairKeys[i] = requests.get(i).pairKey();
            siblingIndex[i] = pairCounts.merge(pairKeys[i], 1, Integer::sum) - 1;
        }
        int[] siblingCount = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            siblingCount[i] = pairCounts.get(pairKeys[i]);
        }
        List<Connector> connectors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            connectors.add(connector(requests.get(i), siblingIndex[i], siblingCount[i], false,
                    EndSpreading.Ends.AS_ROUTED));
        }
        // Routed simply to learn which card side each end meets (a detour keeps the ends), then in
        // full with the ends spread.
        List<EndSpreading.Ends> ends = endSpreading.spread(connectors, cards);
        detours.limitWork(detourBudget);
        try {
            for (int i = 0; i < requests.size(); i++) {
                connectors.set(i, connector(requests.get(i), siblingIndex[i], siblingCount[i], true, ends.get(i)));
            }
        } finally {
            detours.unlimitWork();
        }
        return connectors;
    }

    /** The work spent on detours so far, in the units of {@link DetourRouter#LAYOUT_BUDGET}. */
    long detourWork() {
        return detours.spent();
    }

    /**
     * A laid-out arrow routed again between its two cards placed anew, keeping its chain, colour
     * and place among the {@code siblingCount} arrows between the same cards. With
     * {@code aroundCards} it goes around the cards this router was made with, as {@link #route}
     * does; without, it keeps the simple route, which costs next to nothing.
     */
    Connector reroute(Connector laidOut, CardBox from, CardBox to, int siblingIndex, int siblingCount,
                      boolean aroundCards) {
        return reroute(laidOut, from, to, siblingIndex, siblingCount, aroundCards, EndSpreading.Ends.AS_ROUTED);
    }

    /** The same, with its ends placed along the card edges as {@link EndSpreading} said. */
    Connector reroute(Connector laidOut, CardBox from, CardBox to, int siblingIndex, int siblingCount,
                      boolean aroundCards, EndSpreading.Ends ends) {
        return connector(new Request(laidOut.chainId(), laidOut.color(), laidOut.linkIndex(), from, to,
                laidOut.nextChain()), siblingIndex, siblingCount, aroundCards, ends);
    }

    private List<Request> requests(List<Chain> chains) {
        Map<String, Chain> chainsById = new LinkedHashMap<>();
        chains.forEach(chain -> chainsById.put(chain.id(), chain));
        List<Request> requests = new ArrayList<>();
        for (Chain chain : chains) {
            List<ChainLink> links = chain.links();
            for (int i = 0; i < links.size(); i++) {
                addIfDrawable(requests, chain, i, links.get(i).from(), links.get(i).to(), false);
            }
            Chain next = chain.nextChainId() == null ? null : chainsById.get(chain.nextChainId());
            if (!links.isEmpty() && next != null && next.linkCount() > 0) {
                String last = links.get(links.size() - 1).to();
                String first = next.links().get(0).from();
                addIfDrawable(requests, chain, Connector.NEXT_CHAIN_LINK, last, first, true);
            }
        }
        return requests;
    }

    /** Links to cards that are not on the map, and links of a card to itself, have no arrow to draw. */
    private void addIfDrawable(List<Request> requests, Chain chain, int index, String fromId, String toId,
                               boolean nextChain) {
        CardBox from = cards.get(fromId);
        CardBox to = cards.get(toId);
        if (from != null && to != null && !fromId.equals(toId)) {
            requests.add(new Request(chain.id(), chain.color(), index, from, to, nextChain));
        }
    }

    private Connector connector(Request request, int siblingIndex, int siblingCount, boolean aroundCards,
                                EndSpreading.Ends ends) {
        double offset = (siblingIndex - (siblingCount - 1) / 2.0) * settings.connectorSpacing();
        double rank = siblingIndex * settings.connectorSpacing();
        List<Point> points = directRoutes.between(request.from().bounds(), request.to().bounds(), offset, rank, ends);
        String fromId = request.from().touchpointId();
        String toId = request.to().touchpointId();
        if (aroundCards && detours.hasWorkLeft() && obstacles.blocks(points, fromId, toId)) {
            points = detour(points, offset, fromId, toId).orElse(points);
        }
        Point tip = points.get(points.size() - 1);
        Point beforeTip = points.get(points.size() - 2);
        double angle = Math.atan2(tip.y() - beforeTip.y(), tip.x() - beforeTip.x());

        List<Point> stroked = new ArrayList<>(points);
        double trim = Math.min(settings.arrowLength() * 0.8, tip.distanceTo(beforeTip));
        stroked.set(stroked.size() - 1, RoundedPolyline.towards(tip, beforeTip, trim));
        return new Connector(request.chainId(), request.color(), request.linkIndex(),
                request.from().touchpointId(), request.to().touchpointId(), points,
                RoundedPolyline.commands(stroked, settings.cornerRadius()), tip, angle, arrowHead(tip, angle),
                request.nextChain());
    }

    /**
     * The same ends, leaving and arriving the same way, but around the cards: along the lines between
     * columns and rows, which the layout keeps free of cards, moved by the arrow's offset so parallel
     * arrows stay apart. Nothing when the direct route is not orthogonal or no way around exists.
     */
    private Optional<List<Point>> detour(List<Point> direct, double offset, String fromId, String toId) {
        Point start = direct.get(0);
        Point end = direct.get(direct.size() - 1);
        DetourRouter.Heading leaving = heading(start, direct.get(1));
        DetourRouter.Heading arriving = heading(direct.get(direct.size() - 2), end);
        if (leaving == null || arriving == null) {
            return Optional.empty();
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        columns.forEach(column -> xs.add(column.x() + offset));
        rows.forEach(row -> ys.add(row.y() + offset));
        if (!columns.isEmpty() && !rows.isEmpty()) {
            xs.add(columns.get(columns.size() - 1).body().maxX() + offset);
            ys.add(rows.get(rows.size() - 1).body().maxY() + offset);
        }
        // Going more than a column beyond both ends never shortens a route; on wide maps it only costs time.
        double reach = columns.stream().mapToDouble(StageColumn::width).max().orElse(0);
        double left = Math.min(start.x(), end.x()) - reach;
        double right = Math.max(start.x(), end.x()) + reach;
        xs.removeIf(x -> x < left || x > right);
        addStub(start, leaving, xs, ys, fromId, toId);
        addStub(end, arriving.opposite(), xs, ys, fromId, toId);
        return detours.route(start, leaving, end, arriving, xs, ys, fromId, toId);
    }

    /** A line a short way out from a card's edge, so a detour can turn before it meets a neighbouring card. */
    private void addStub(Point onEdge, DetourRouter.Heading outwards, List<Double> xs, List<Double> ys,
                         String fromId, String toId) {
        double reach = 2 * settings.connectorApproach();
        double free = obstacles.freeDistance(onEdge, outwards.dx, outwards.dy, reach, fromId, toId);
        double stub = Math.min(settings.connectorApproach(), free / 2);
        if (outwards.dx != 0) {
            xs.add(onEdge.x() + outwards.dx * stub);
        } else {
            ys.add(onEdge.y() + outwards.dy * stub);
        }
    }

    private static DetourRouter.Heading heading(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        if (Math.abs(dy) < 1e-9 && dx != 0) {
            return dx > 0 ? DetourRouter.Heading.RIGHT : DetourRouter.Heading.LEFT;
        }
        if (Math.abs(dx) < 1e-9 && dy != 0) {
            return dy > 0 ? DetourRouter.Heading.DOWN : DetourRouter.Heading.UP;
        }
        return null;
    }

    private List<Point> arrowHead(Point tip, double angle) {
        double length = settings.arrowLength();
        double halfWidth = settings.arrowWidth() / 2;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Point base = new Point(tip.x() - length * cos, tip.y() - length * sin);
        return List.of(tip, new Point(base.x() - halfWidth * sin, base.y() + halfWidth * cos),
                new Point(base.x() + halfWidth * sin, base.y() - halfWidth * cos));
    }
}
