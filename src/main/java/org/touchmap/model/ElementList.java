package org.touchmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** An ordered list of map elements with lookup by id; ids are unique within the list. */
final class ElementList<E extends MapElement> {
    private final String kind;
    private final List<E> items = new ArrayList<>();
    private final Map<String, E> byId = new HashMap<>();

    ElementList(String kind) {
        this.kind = kind;
    }

    List<E> view() {
        return Collections.unmodifiableList(items);
    }

    Optional<E> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    E get(String id) {
        E e = byId.get(id);
        if (e == null) {
            throw new NoSuchElementException("No " + kind + " with id " + id);
        }
        return e;
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    int indexOf(String id) {
        E e = get(id);
        return items.indexOf(e);
    }

    void add(int index, E element) {
        if (byId.containsKey(element.id())) {
            throw new IllegalArgumentException("Duplicate " + kind + " id: " + element.id());
        }
        items.add(index, element);
        byId.put(element.id(), element);
    }

    int remove(String id) {
        int index = indexOf(id);
        items.remove(index);
        byId.remove(id);
        return index;
    }

    void move(String id, int newIndex) {
        int index = indexOf(id);
        E e = items.remove(index);
        items.add(newIndex, e);
    }

    int size() {
        return items.size();
    }
}
