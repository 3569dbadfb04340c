package org.touchmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Finds an orthogonal route between two card edges that passes no card, for the arrows whose
 * direct route would run through cards. The route may only run along a few candidate lines: the
 * lines between stage columns and between lane rows (which the layout keeps free of cards), and
 * the lines through the two ends. Among those it takes the shortest, counting every bend as a
 * little extra length so that routes stay calm.
 */
final class DetourRouter {
    /** A direction of travel along the grid of candidate lines. */
    enum Heading {
        RIGHT(1, 0), DOWN(0, 1), LEFT(-1, 0), UP(0, -1);

        final int dx;
        final int dy;

        Heading(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        boolean isOpposite(Heading other) {
            return dx == -other.dx && dy == -other.dy;
        }

        Heading opposite() {
            return values()[(ordinal() + 2) % values().length];
        }
    }

    /** What a bend costs, as length: enough to prefer one turn over a small saving in length. */
    private static final double BEND_COST = 30;
    private static final double SAME_LINE = 0.01;

    /**
     * The work the detours of one whole layout may take, counted as squares visited, cards tested
     * and grid points set up. A 5,000-card map with 3,000 arrows takes about 1.4 million; this lets
     * a map of 30,000 cards and 40,000 arrows finish in seconds. Once it is spent, the remaining
     * arrows keep their direct route, so a map with hundreds of thousands of arrows is drawn in
     * linear time rather than in hours.
     */
    static final long LAYOUT_BUDGET = 10_000_000;

    private final CardObstacles obstacles;
    private long gridWork;
    private long workLimit = Long.MAX_VALUE;

    DetourRouter(CardObstacles obstacles) {
        this.obstacles = obstacles;
    }

    /** From now on, detours may take at most {@code units} more work; see {@link #LAYOUT_BUDGET}. */
    void limitWork(long units) {
        workLimit = spent() + units;
    }

    /** Detours may take any work again, as when one arrow is routed anew while a card is dragged. */
    void unlimitWork() {
        workLimit = Long.MAX_VALUE;
    }

    /** Whether a detour may still be searched for. */
    boolean hasWorkLeft() {
        return spent() < workLimit;
    }

    /** The work spent so far by every search and by every check of the obstacles. */
    long spent() {
        return obstacles.work() + gridWork;
    }

    /**
     * A route from {@code start}, leaving in {@code leaving}, to {@code end}, arriving in
     * {@code arriving}, along the given vertical ({@code xs}) and horizontal ({@code ys}) lines,
     * or nothing when the lines offer no way around the cards.
     */
    Optional<List<Point>> route(Point start, Heading leaving, Point end, Heading arriving,
                                Collection<Double> xs, Collection<Double> ys, String fromId, String toId) {
        if (!hasWorkLeft()) {
            return Optional.empty();
        }
        return new Search(distinct(xs, start.x(), end.x()), distinct(ys, start.y(), end.y()), fromId, toId)
                .run(start, leaving, end, arriving);
    }

    private static double[] distinct(Collection<Double> values, double first, double second) {
        TreeSet<Double> sorted = new TreeSet<>(values);
        sorted.add(first);
        sorted.add(second);
        List<Double> kept = new ArrayList<>();
        for (double value : sorted) {
            if (kept.isEmpty() || value - kept.get(kept.size() - 1) > SAME_LINE) {
                kept.add(value);
            }
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One search on a grid of candidate lines; each grid point is visited once per heading. */
    private final class Search {
        private static final byte UNKNOWN = 0;
        private static final byte CLEAR = 1;
        private static final byte BLOCKED = 2;

        private final double[] xs;
        private final double[] ys;
        private final String fromId;
        private final String toId;
        /** Whether the step from a grid point in a heading is free of cards, found out when first needed. */
        private final byte[] steps;
        private final double[] cost;
        private final int[] previous;

        Search(double[] xs, double[] ys, String fromId, String toId) {
            this.xs = xs;
            this.ys = ys;
            this.fromId = fromId;
            this.toId = toId;
            int states = xs.length * ys.length * Heading.values().length;
            gridWork += states;
            steps = new byte[states];
            cost = new double[states];
            previous = new int[states];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
        }

        Optional<List<Point>> run(Point start, Heading leaving, Point end, Heading arriving) {
            int startState = state(index(xs, start.x()), index(ys, start.y()), leaving);
            int goalX = index(xs, end.x());
            int goalY = index(ys, end.y());
            // A*: the length still to go, as the crow flies along the grid, is never more than the
            // route needs, so the first time the goal comes out of the queue its route is the
            // shortest; the search stays near the straight way instead of spreading over the map.
            PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                    : Double.compare(b[2], a[2]));
            cost[startState] = 0;
            queue.add(new double[] {remaining(start.x(), start.y(), end), startState, 0});
            while (!queue.isEmpty() && hasWorkLeft()) {
                double[] next = queue.poll();
                int state = (int) next[1];
                if (next[2] > cost[state]) {
                    continue;
                }
                int x = xOf(state);
                int y = yOf(state);
                Heading heading = headingOf(state);
                if (x == goalX && y == goalY && heading == arriving && state != startState) {
                    return Optional.of(path(state, start));
                }
                for (Heading turn : Heading.values()) {
                    // The first step leaves the card straight out; after that, no turning back on the spot.
                    boolean allowed = state == startState ? turn == leaving : !turn.isOpposite(heading);
                    int nx = x + turn.dx;
                    int ny = y + turn.dy;
                    if (!allowed || nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length || !isClear(x, y, turn)) {
                        continue;
                    }
                    double length = Math.abs(xs[nx] - xs[x]) + Math.abs(ys[ny] - ys[y]);
                    double total = cost[state] + length + (turn == heading ? 0 : BEND_COST);
                    int target = state(nx, ny, turn);
                    if (total < cost[target]) {
                        cost[target] = total;
                        previous[target] = state;
                        queue.add(new double[] {total + remaining(xs[nx], ys[ny], end), target, total});
                    }
                }
            }
            return Optional.empty();
        }

        private static double remaining(double x, double y, Point end) {
            return Math.abs(end.x() - x) + Math.abs(end.y() - y);
        }

        private boolean isClear(int x, int y, Heading heading) {
            int key = state(x, y, heading);
            if (steps[key] == UNKNOWN) {
                Point from = new Point(xs[x], ys[y]);
                Point to = new Point(xs[x + heading.dx], ys[y + heading.dy]);
                steps[key] = obstacles.blocks(from, to, fromId, toId) ? BLOCKED : CLEAR;
            }
            return steps[key] == CLEAR;
        }

        /** The grid points from the start to the goal, keeping only the corners. */
        private List<Point> path(int goal, Point start) {
            List<Integer> states = new ArrayList<>();
            for (int state = goal; state != -1; state = previous[state]) {
                states.add(0, state);
            }
            List<Point> corners = new ArrayList<>();
            corners.add(start);
            for (int i = 1; i < states.size(); i++) {
                boolean last = i == states.size() - 1;
                if (last || headingOf(states.get(i)) != headingOf(states.get(i + 1))) {
                    corners.add(new Point(xs[xOf(states.get(i))], ys[yOf(states.get(i))]));
                }
            }
            return corners;
        }

        private int state(int x, int y, Heading heading) {
            return (y * xs.length + x) * Heading.values().length + heading.ordinal();
        }

        private int xOf(int state) {
            return state / Heading.values().length % xs.length;
        }

        private int yOf(int state) {
            return state / Heading.values().length / xs.length;
        }

        private Heading headingOf(int state) {
            return Heading.values()[state % Heading.values().length];
        }

        private int index(double[] values, double value) {
            int best = 0;
            for (int i = 1; i < values.length; i++) {
                if (Math.abs(values[i] - value) < Math.abs(values[best] - value)) {
                    best = i;
                }
            }
            return best;
        }
    }
}
