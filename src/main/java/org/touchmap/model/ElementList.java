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

    /**
     * The position of the element with {@code id}. Found by identity from the end: the elements
     * looked for most often are the ones just added (an undo of a paste or an import), and comparing
     * whole cards by value would cost far more than comparing references.
     */
    int indexOf(String id) {
        E e = get(id);
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) == e) {
                return i;
            }
        }
        throw new IllegalStateException("The " + kind + " " + id + " is indexed but not listed");
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
