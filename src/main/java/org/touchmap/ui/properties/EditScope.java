package org.touchmap.ui.properties;

import java.util.List;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.edit.CommandStack;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;

/**
 * The document and the elements a form edits right now (the map itself, a stage, a lane, a
 * chain, or the selected cards). Every edit runs as one command on the document's stack.
 */
final class EditScope {
    private Document document;
    private List<String> ids = List.of();

    void target(Document newDocument, List<String> newIds) {
        this.document = newDocument;
        this.ids = List.copyOf(newIds);
    }

    Document document() {
        return document;
    }

    JourneyMap map() {
        return document.map();
    }

    CommandStack commands() {
        return document.commands();
    }

    List<String> ids() {
        return ids;
    }

    /** Whether the form has been shown for a document yet; before that it has nothing to edit. */
    boolean hasDocument() {
        return document != null;
    }

    <V> CommonValue<V> current(EditedValue<V> value) {
        return CommonValue.of(value.read(map(), ids));
    }

    /** The command that would give every edited element {@code newValue}, if anything changes. */
    <V> Optional<Command> changeTo(EditedValue<V> value, V newValue) {
        return value.change(map(), ids, newValue);
    }

    /** Gives every edited element {@code newValue} as one undo step; does nothing when nothing changes. */
    <V> void set(EditedValue<V> value, V newValue) {
        changeTo(value, newValue).ifPresent(this::execute);
    }

    void execute(Command command) {
        document.commands().execute(command);
    }
}
