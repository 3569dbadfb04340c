package org.touchmap.ui.compare;

import java.util.Locale;

import org.touchmap.analysis.CardState;
import org.touchmap.analysis.NoteChange;
import org.touchmap.analysis.NoteState;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.model.Rating;
import org.touchmap.ui.i18n.BundleText;

/** The strings of snapshots and comparisons, from the {@code compare} bundle, in the interface's language. */
final class CompareText {
    static final String BUNDLE = "org.touchmap.ui.compare.compare";

    private CompareText() {
    }

    static String get(String key, Object... args) {
        return BundleText.current(BUNDLE).get(key, args);
    }

    static Locale locale() {
        return BundleText.current(BUNDLE).locale();
    }

    static String rating(Rating rating) {
        return get("rating." + rating.name().toLowerCase(Locale.ROOT));
    }

    /** One line for the change list, naming the card, its stage and what changed. */
    static String line(TouchpointChange change) {
        CardState before = change.before();
        CardState after = change.after();
        return switch (change.kind()) {
            case ADDED -> get("change.added", after.name(), after.stageName());
            case REMOVED -> get("change.removed", before.name(), before.stageName());
            case MOVED_STAGE -> get("change.moved", after.name(), before.stageName(), after.stageName());
            case RERATED -> get("change.rerated", after.name(), after.stageName(), rating(before.rating()),
                    rating(after.rating()));
            case RENAMED -> get("change.renamed", before.name(), after.name());
            case EDITED -> get("change.edited", after.name(), after.stageName(), fieldNames(change));
        };
    }

    /** One line for the change list naming the note, where it is and what changed. */
    static String line(NoteChange change) {
        NoteState now = change.current();
        String place = now.laneName() + ", " + now.stageName();
        return switch (change.kind()) {
            case ADDED -> get("note.added", now.text(), place);
            case REMOVED -> get("note.removed", now.text(), place);
            case MOVED_STAGE -> get("note.moved", now.text(), change.before().laneName() + ", "
                    + change.before().stageName(), place);
            default -> get("note.edited", now.text(), place);
        };
    }

    /** The short text of the badge on a changed card; removed cards get none, they are not on the map. */
    static String badge(TouchpointChange change) {
        return switch (change.kind()) {
            case ADDED -> get("badge.added");
            case REMOVED -> "";
            case MOVED_STAGE -> get("badge.moved", change.before().stageName());
            case RERATED -> get("badge.rerated", rating(change.before().rating()), rating(change.after().rating()));
            case RENAMED -> get("badge.renamed", change.before().name());
            case EDITED -> get("badge.edited", fieldNames(change));
        };
    }

    /** The described fields that differ, by the names the property panel gives them. */
    private static String fieldNames(TouchpointChange change) {
        BundleText names = BundleText.current("org.touchmap.ui.properties.panel");
        return String.join(", ", change.before().textsChangedIn(change.after()).stream()
                .map(field -> names.get("touchpoint." + field.key())).toList());
    }
}
