package org.touchmap.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered path of touchpoints the customer goes through, drawn as arrows in the chain's colour.
 * A touchpoint may be in several chains; links may go forwards or backwards across stages.
 */
public final class Chain extends MapElement {
    private String color;
    private String description = "";
    private final List<ChainLink> links = new ArrayList<>();
    private String nextChainId;

    public Chain(String id, String name, String color) {
        super(id, name);
        this.color = Colors.requireValid(color);
    }

    public String color() {
        return color;
    }

    public void setColor(String color) {
        this.color = Colors.requireValid(color);
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Objects.requireNonNull(description);
    }

    /** The links in order. Unmodifiable view. */
    public List<ChainLink> links() {
        return List.copyOf(links);
    }

    public int linkCount() {
        return links.size();
    }

    public void addLink(int index, ChainLink link) {
        links.add(index, Objects.requireNonNull(link));
    }

    public void addLink(ChainLink link) {
        links.add(Objects.requireNonNull(link));
    }

    public ChainLink removeLink(int index) {
        return links.remove(index);
    }

    public int indexOf(ChainLink link) {
        return links.indexOf(link);
    }

    public void setLinks(List<ChainLink> newLinks) {
        links.clear();
        links.addAll(newLinks);
    }

    /** The touchpoints the chain visits, in order of first appearance. */
    public List<String> touchpointIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (ChainLink link : links) {
            ids.add(link.from());
            ids.add(link.to());
        }
        return List.copyOf(ids);
    }

    /** The chain that starts after this one ends (the "final chord"), or {@code null}. */
    public String nextChainId() {
        return nextChainId;
    }

    public void setNextChainId(String nextChainId) {
        this.nextChainId = nextChainId == null ? null : Ids.requireValid(nextChainId);
    }

    public Chain copy() {
        Chain copy = new Chain(id(), name(), color);
        copyBaseTo(copy);
        copy.description = description;
        copy.links.addAll(links);
        copy.nextChainId = nextChainId;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chain c && baseEquals(c) && color.equals(c.color)
                && description.equals(c.description) && links.equals(c.links)
                && Objects.equals(nextChainId, c.nextChainId);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
