package org.touchmap.edit;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.JourneyMap;

/** Sets one value of the map or of one element; undo puts the previous value back. */
final class ChangeProperty<T, V> implements Command {
    private final PropertyAccess<T, V> access;
    private final Function<JourneyMap, Optional<T>> target;
    private final Function<T, String> targetName;
    private final V newValue;
    private V oldValue;
    private BiConsumer<JourneyMap, T> undoConsequence = (map, element) -> { };
    /** The element's name just before the change ran (so a rename shows the old name); the id until then. */
    private String label;

    ChangeProperty(PropertyAccess<T, V> access, String targetId, Function<JourneyMap, Optional<T>> target,
                   Function<T, String> targetName, V newValue) {
        this.access = access;
        this.target = target;
        this.targetName = targetName;
        this.newValue = newValue == null ? null : access.freeze().apply(newValue);
        this.label = targetId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return target.apply(map).filter(element -> access.fits().test(map, element, newValue)).isPresent()
                && access.allowed().test(map, newValue);
    }

    @Override
    public void execute(JourneyMap map) {
        T element = target.apply(map).orElseThrow();
        V previous = access.getter().apply(element);
        String nameBefore = targetName.apply(element);
        access.setter().accept(element, newValue);
        oldValue = previous;
        label = nameBefore;
        undoConsequence = access.consequence().follow(map, element, previous);
    }

    @Override
    public void undo(JourneyMap map) {
        T element = target.apply(map).orElseThrow();
        undoConsequence.accept(map, element);
        access.setter().accept(element, oldValue);
    }

    @Override
    public Description description() {
        return Description.of(access.descriptionKey(), label);
    }
}
