package org.touchmap.edit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.touchmap.model.MapElement;

/**
 * A value of a stage, lane, touchpoint or chain that the property panel edits, such as a card's
 * rating. Ready-made instances live in {@link TouchpointProperties}, {@link StageProperties},
 * {@link LaneProperties} and {@link ChainProperties}.
 *
 * @param <E> the kind of element
 * @param <V> the type of the value; {@code null} where the model allows "not set"
 */
public final class ElementProperty<E extends MapElement, V> {
    private final ElementKind<E> kind;
    private final PropertyAccess<E, V> access;

    ElementProperty(ElementKind<E> kind, PropertyAccess<E, V> access) {
        this.kind = kind;
        this.access = access;
    }

    /** The current value of this property on an element. */
    public V get(E element) {
        return access.getter().apply(element);
    }

    /** A command that sets the value on the element with the given id. */
    public Command change(String elementId, V value) {
        Objects.requireNonNull(elementId, "elementId");
        return new ChangeProperty<>(access, elementId, map -> kind.find(map, elementId), MapElement::name, value);
    }

    /** One undo step that sets the same value on several elements, e.g. the rating of a multi-selection. */
    public Command changeAll(Collection<String> elementIds, V value) {
        List<Command> changes = elementIds.stream().map(id -> change(id, value)).toList();
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("No elements to change");
        }
        if (changes.size() == 1) {
            return changes.get(0);
        }
        return new CompositeCommand(Description.of(kind.changeManyKey(), changes.size()), changes);
    }

    /** Key of the description of a change of this property; the text takes the element's name. */
    public String descriptionKey() {
        return access.descriptionKey();
    }

    @Override
    public String toString() {
        return "ElementProperty[" + access.descriptionKey() + "]";
    }
}
