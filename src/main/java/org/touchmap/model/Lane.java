package org.touchmap.model;

import java.util.Objects;

/** A row of the map, e.g. "Online", "Offline" or "Backstage"; its {@link LaneKind} says what it holds. */
public final class Lane extends MapElement {
    private String description = "";
    private String color;
    private LaneKind kind = LaneKind.TOUCHPOINTS;
    private boolean folded;
    private String chainId;

    public Lane(String id, String name) {
        super(id, name);
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Objects.requireNonNull(description);
    }

    /** Background tint as {@code #rrggbb}, or {@code null} for none. */
    public String color() {
        return color;
    }

    public void setColor(String color) {
        this.color = Colors.requireValidOrNull(color);
    }

    public LaneKind kind() {
        return kind;
    }

    public void setKind(LaneKind kind) {
        this.kind = Objects.requireNonNull(kind);
    }

    /** Whether the lane is folded to its header, its cards and notes out of sight until it is opened. */
    public boolean folded() {
        return folded;
    }

    public void setFolded(boolean folded) {
        this.folded = folded;
    }

    /** For an emotion lane: the chain whose curve it draws; {@code null} for the stages' averages. */
    public String chainId() {
        return chainId;
    }

    public void setChainId(String chainId) {
        this.chainId = chainId == null ? null : Ids.requireValid(chainId);
    }

    public Lane copy() {
        Lane copy = new Lane(id(), name());
        copyBaseTo(copy);
        copy.description = description;
        copy.color = color;
        copy.kind = kind;
        copy.folded = folded;
        copy.chainId = chainId;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lane l && baseEquals(l) && description.equals(l.description)
                && Objects.equals(color, l.color) && kind == l.kind && folded == l.folded
                && Objects.equals(chainId, l.chainId);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
