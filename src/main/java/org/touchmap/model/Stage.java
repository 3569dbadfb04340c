package org.touchmap.model;

import java.util.Objects;

/** A column of the map: one step of the customer's path through the funnel. */
public final class Stage extends MapElement {
    private String description = "";
    private String customerQuestion = "";
    private String color;
    private String phase;
    private Long visitors;
    private Double width;

    public Stage(String id, String name) {
        super(id, name);
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Objects.requireNonNull(description);
    }

    /** The customer's goal or question at this stage, e.g. "Which clinic can I trust?". */
    public String customerQuestion() {
        return customerQuestion;
    }

    public void setCustomerQuestion(String customerQuestion) {
        this.customerQuestion = Objects.requireNonNull(customerQuestion);
    }

    /** Header colour as {@code #rrggbb}, or {@code null} for the theme's colour. */
    public String color() {
        return color;
    }

    public void setColor(String color) {
        this.color = Colors.requireValidOrNull(color);
    }

    /** Name of the phase this stage belongs to; consecutive stages with the same phase share a band. */
    public String phase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase == null || phase.isBlank() ? null : phase;
    }

    /** How many customers reach this stage, or {@code null} when unknown. */
    public Long visitors() {
        return visitors;
    }

    public void setVisitors(Long visitors) {
        if (visitors != null && visitors < 0) {
            throw new IllegalArgumentException("Visitors cannot be negative: " + visitors);
        }
        this.visitors = visitors;
    }

    /**
     * Preferred width of the stage's column in pixels at 100 % zoom, or {@code null} to size the
     * column by its cards. A column never gets narrower than its cards need, whatever this says.
     */
    public Double width() {
        return width;
    }

    public void setWidth(Double width) {
        if (width != null && !(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("A column width must be a finite number above zero: " + width);
        }
        this.width = width;
    }

    public Stage copy() {
        Stage copy = new Stage(id(), name());
        copyBaseTo(copy);
        copy.description = description;
        copy.customerQuestion = customerQuestion;
        copy.color = color;
        copy.phase = phase;
        copy.visitors = visitors;
        copy.width = width;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stage s && baseEquals(s) && description.equals(s.description)
                && customerQuestion.equals(s.customerQuestion) && Objects.equals(color, s.color)
                && Objects.equals(phase, s.phase) && Objects.equals(visitors, s.visitors)
                && Objects.equals(width, s.width);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
