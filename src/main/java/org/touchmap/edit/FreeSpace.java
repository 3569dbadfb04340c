package org.touchmap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * The free room in the cells of a map, for placing cards so that none hides another. A card goes
 * where it was asked to when nothing is there; otherwise to the nearest spot that leaves an
 * arrow's room to every card around it, below the cards of the cell if need be (the layout then
 * grows the cell). Every way of placing cards asks here, so they all agree.
 */
public final class FreeSpace {
    private static final double GAP = CardFootprint.GAP;
    /** Distances closer than this count as the same. */
    private static final double EPSILON = 1e-6;

    /** Top-left corners of the cards in each cell, as drawn. */
    private final Map<String, List<double[]>> taken = new HashMap<>();
    /** The space this one was forked from, whose cells it copies when it first touches them; or null. */
    private final FreeSpace base;

    private FreeSpace(FreeSpace base) {
        this.base = base;
    }

    /** The room left by every card of the map except the ones in {@code movingIds}, which are about to be placed. */
    public static FreeSpace of(JourneyMap map, Collection<String> movingIds) {
        Set<String> moving = Set.copyOf(movingIds);
        FreeSpace space = new FreeSpace(null);
        for (Touchpoint card : map.touchpoints()) {
            if (!moving.contains(card.id())) {
                space.occupy(Placement.of(card));
            }
        }
        return space;
    }

    /** All the room of every cell: no card placed yet. */
    public static FreeSpace empty() {
        return new FreeSpace(null);
    }

    /** The room left by every card of the map. */
    public static FreeSpace of(JourneyMap map) {
        return of(map, Set.of());
    }

    /**
     * A space to take spots from without taking them here: a drag asks where its cards would land on
     * every mouse move, against the other cards as they were when the drag began. Copies only the
     * cells it places cards in, so it costs nothing like reading the whole map again.
     */
    public FreeSpace fork() {
        return new FreeSpace(this);
    }

    /** Where a card asked to go to {@code wanted} goes; that spot is taken from then on. */
    public Placement take(Placement wanted) {
        Placement place = isFree(wanted) ? wanted : nearestRoomy(wanted);
        occupy(place);
        return place;
    }

    /** Takes the spot {@code place} when a card there would cover no card; returns whether it did. */
    public boolean takeIfFree(Placement place) {
        if (!isFree(place)) {
            return false;
        }
        occupy(place);
        return true;
    }

    /** Whether a card at {@code place} would cover no card (touching is allowed). */
    public boolean isFree(Placement place) {
        return cell(place).stream().noneMatch(c -> CardFootprint.overlap(c[0], c[1], place.x(), place.y()));
    }

    private void occupy(Placement place) {
        cell(place).add(new double[] {CardFootprint.drawnAt(place.x()), CardFootprint.drawnAt(place.y())});
    }

    private List<double[]> cell(Placement place) {
        return cell(place.stageId() + "\n" + place.laneId());
    }

    private List<double[]> cell(String key) {
        return taken.computeIfAbsent(key, k -> base == null ? new ArrayList<>() : new ArrayList<>(base.existing(k)));
    }

    /** The spots taken in a cell, without making room for the cell here. */
    private List<double[]> existing(String key) {
        List<double[]> cell = taken.get(key);
        if (cell != null) {
            return cell;
        }
        return base == null ? List.of() : base.existing(key);
    }

    /**
     * The roomy spot nearest to {@code wanted}. The candidates line up with the cards around, an
     * arrow's room away from them; a spot right below the lowest card is always among them.
     */
    private Placement nearestRoomy(Placement wanted) {
        List<double[]> cards = cell(wanted);
        double wx = CardFootprint.drawnAt(wanted.x());
        double wy = CardFootprint.drawnAt(wanted.y());
        TreeSet<Double> xs = new TreeSet<>(List.of(wx));
        TreeSet<Double> ys = new TreeSet<>(List.of(wy));
        for (double[] c : cards) {
            addAround(xs, c[0], CardFootprint.WIDTH);
            addAround(ys, c[1], CardFootprint.HEIGHT);
        }
        double[] best = null;
        for (double x : xs) {
            for (double y : ys) {
                if (roomy(cards, x, y) && (best == null || closer(x, y, best[0], best[1], wx, wy))) {
                    best = new double[] {x, y};
                }
            }
        }
        // Unreachable while the spot below the lowest card is a candidate; kept so a card is never lost.
        double[] spot = best != null ? best : new double[] {wx, lowestBottom(cards) + GAP};
        return new Placement(wanted.stageId(), wanted.laneId(), spot[0], spot[1]);
    }

    private static void addAround(TreeSet<Double> values, double start, double size) {
        values.add(start);
        values.add(start + size + GAP);
        if (start - size - GAP >= 0) {
            values.add(start - size - GAP);
        }
    }

    private static boolean roomy(List<double[]> cards, double x, double y) {
        return cards.stream().allMatch(c -> Math.abs(c[0] - x) >= CardFootprint.WIDTH + GAP - EPSILON
                || Math.abs(c[1] - y) >= CardFootprint.HEIGHT + GAP - EPSILON);
    }

    /** Nearer first; at the same distance below before above, then upper, then left. */
    private static boolean closer(double x, double y, double bestX, double bestY, double wx, double wy) {
        double d = Math.hypot(x - wx, y - wy);
        double bestD = Math.hypot(bestX - wx, bestY - wy);
        if (Math.abs(d - bestD) > EPSILON) {
            return d < bestD;
        }
        boolean above = y < wy - EPSILON;
        boolean bestAbove = bestY < wy - EPSILON;
        if (above != bestAbove) {
            return !above;
        }
        return y < bestY - EPSILON || (Math.abs(y - bestY) <= EPSILON && x < bestX);
    }

    private static double lowestBottom(List<double[]> cards) {
        return cards.stream().mapToDouble(c -> c[1] + CardFootprint.HEIGHT).max().orElse(-GAP);
    }
}
