package org.touchmap.model.generate;

/**
 * What {@link MapGenerator} makes: how many touchpoints, stages, lanes and chains, how much of each
 * card is filled in, and the seed that makes the map the same every time.
 *
 * @param touchpoints cards on the map, at least 0
 * @param stages      columns, at least 1
 * @param lanes       rows, at least 1
 * @param chains      chains through the cards, stage by stage; at least 0
 * @param seed        the seed of the random choices
 * @param detail      how much of each card is filled in
 */
public record GeneratorSettings(int touchpoints, int stages, int lanes, int chains, long seed, Detail detail) {
    /** The most of each that a generated map may have; a map file of more could not be opened. */
    public static final int MAX_TOUCHPOINTS = 30_000;
    public static final int MAX_STAGES = 100;
    public static final int MAX_LANES = 50;
    public static final int MAX_CHAINS = 1_000;

    /** How much of a card is filled in. */
    public enum Detail {
        /** Only what a card shows: name, channel, rating, key point. */
        CARDS,
        /** Also a description, criteria scores, metrics, owner, evidence, a competitor comparison and notes. */
        FULL
    }

    public GeneratorSettings {
        check("touchpoints", touchpoints, 0, MAX_TOUCHPOINTS);
        check("stages", stages, 1, MAX_STAGES);
        check("lanes", lanes, 1, MAX_LANES);
        check("chains", chains, 0, MAX_CHAINS);
        if (detail == null) {
            throw new IllegalArgumentException("detail is required");
        }
    }

    /** A fully described map of {@code touchpoints} cards with these stages, lanes and chains and seed 1. */
    public static GeneratorSettings of(int touchpoints, int stages, int lanes, int chains) {
        return new GeneratorSettings(touchpoints, stages, lanes, chains, 1, Detail.FULL);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(touchpoints, stages, lanes, chains, newSeed, detail);
    }

    public GeneratorSettings withDetail(Detail newDetail) {
        return new GeneratorSettings(touchpoints, stages, lanes, chains, seed, newDetail);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
