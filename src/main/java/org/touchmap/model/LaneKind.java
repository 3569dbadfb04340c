package org.touchmap.model;

/**
 * What a lane (a row of the map) holds across the stages. Today's lanes hold touchpoint cards;
 * the others are the rows of a journey map and a service blueprint as CX designers draw them
 * (ADR 0024). The file names each kind in lowerCamelCase ({@code painPoints}).
 */
public enum LaneKind {
    /** Touchpoint cards, chained and rated: the lanes every map had before kinds. */
    TOUCHPOINTS(Group.CUSTOMER),
    /** What the customer does at each stage: short notes. */
    ACTIONS(Group.CUSTOMER),
    GOALS(Group.CUSTOMER),
    THOUGHTS(Group.CUSTOMER),
    FEELINGS(Group.CUSTOMER),
    PAIN_POINTS(Group.CUSTOMER),
    OPPORTUNITIES(Group.CUSTOMER),
    /** Notes with a purpose the lane's own name says. */
    NOTES(Group.CUSTOMER),
    /** The emotion curve of the cards, as a row of the grid. */
    EMOTION(Group.CUSTOMER),
    /** One picture per stage. */
    STORYBOARD(Group.CUSTOMER),
    /** The stage's numbers: visitors, conversion, the averages of its touchpoints' scores. */
    METRICS(Group.CUSTOMER),
    /** What the customer sees and touches: the blueprint's top row. */
    PHYSICAL_EVIDENCE(Group.CUSTOMER),
    /** Staff actions the customer sees, below the line of interaction. */
    FRONTSTAGE(Group.FRONTSTAGE),
    /** Staff actions out of the customer's sight, below the line of visibility. */
    BACKSTAGE(Group.BACKSTAGE),
    /** Systems and teams that support the rest, below the line of internal interaction. */
    SUPPORT(Group.SUPPORT);

    /** The bands of a service blueprint, from the customer's side down; a line runs between each two. */
    public enum Group {
        CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT
    }

    private final Group group;

    LaneKind(Group group) {
        this.group = group;
    }

    /** The blueprint band the lane belongs to. */
    public Group group() {
        return group;
    }

    /** Whether touchpoint cards go into the lane. */
    public boolean holdsCards() {
        return this == TOUCHPOINTS;
    }

    /** The kind's name in {@code locale}, the glossary's word, so every part of Touchmap says the same. */
    public String displayName(java.util.Locale locale) {
        return Bundles.text("org.touchmap.model.glossary", locale, "laneKind." + fileName());
    }

    /** The kind as the file names it, in lowerCamelCase: {@code painPoints}. */
    public String fileName() {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /**
     * Whether the lane's cells hold short {@link Note}s: the customer's rows of notes, the
     * storyboard's frames (a picture and its caption), and the blueprint's evidence and process steps.
     */
    public boolean holdsNotes() {
        return switch (this) {
            case TOUCHPOINTS, EMOTION, METRICS -> false;
            default -> true;
        };
    }

    /**
     * Whether the lane belongs to one of the blueprint's bands, so that a line falls where it meets a
     * lane of another band: the customer's touchpoints, actions and physical evidence, and the staff's
     * and support's lanes. The other kinds comment on the journey and may sit anywhere.
     */
    public boolean isBanded() {
        return switch (this) {
            case TOUCHPOINTS, ACTIONS, PHYSICAL_EVIDENCE, FRONTSTAGE, BACKSTAGE, SUPPORT -> true;
            default -> false;
        };
    }

    /** Whether the lane is one of the service blueprint's: its notes are evidence or process steps with owners. */
    public boolean isBlueprint() {
        return this == PHYSICAL_EVIDENCE || group != Group.CUSTOMER;
    }
}
