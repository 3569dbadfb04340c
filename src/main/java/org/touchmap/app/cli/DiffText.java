package org.touchmap.app.cli;

import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.NoteChange;
import org.touchmap.analysis.NoteState;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.io.OneLine;
import org.touchmap.model.Bundles;
import org.touchmap.model.Rating;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The differences between two maps as text for a terminal, one line per change with a sign that
 * tells the kinds apart at a glance, then a line with the counts: the cards', then the notes'.
 */
final class DiffText {
    private static final String BUNDLE = "org.touchmap.app.cli.diff";
    private static final Map<ChangeKind, String> SIGNS = Map.of(ChangeKind.ADDED, "+", ChangeKind.REMOVED, "-",
            ChangeKind.MOVED_STAGE, ">", ChangeKind.RERATED, "~", ChangeKind.RENAMED, "*", ChangeKind.EDITED, "#");
    private static final String FIELD_NAMES = "org.touchmap.ui.properties.panel";

    private final ResourceBundle bundle;
    private final Locale locale;

    DiffText(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(BUNDLE, locale);
    }

    String of(List<TouchpointChange> changes, List<NoteChange> notes) {
        if (changes.isEmpty() && notes.isEmpty()) {
            return Bundles.text(bundle, locale, "none") + "\n";
        }
        StringBuilder text = new StringBuilder();
        if (!changes.isEmpty()) {
            text.append(cards(changes));
        }
        if (!notes.isEmpty()) {
            text.append(notes(notes));
        }
        return text.toString();
    }

    /** The notes' changes, one line each with the same signs as the cards', then their counts. */
    private String notes(List<NoteChange> notes) {
        int width = width();
        StringBuilder text = new StringBuilder();
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (NoteChange change : notes) {
            counts.merge(change.kind(), 1, Integer::sum);
            String label = String.format(Locale.ROOT, "%s %-" + width + "s ", SIGNS.get(change.kind()), word(change.kind()));
            text.append(label).append(' ').append(format("note", quoted(change.current().text())))
                    .append(' ').append(noteDetails(change)).append('\n');
        }
        text.append(format("noteSummary", counts.getOrDefault(ChangeKind.ADDED, 0),
                counts.getOrDefault(ChangeKind.REMOVED, 0), counts.getOrDefault(ChangeKind.MOVED_STAGE, 0),
                counts.getOrDefault(ChangeKind.EDITED, 0))).append('\n');
        return text.toString();
    }

    private String noteDetails(NoteChange change) {
        return switch (change.kind()) {
            case MOVED_STAGE -> "(" + place(change.before()) + " → " + place(change.after()) + ")";
            case EDITED -> "(" + place(change.after()) + "): " + edits(change.before(), change.after());
            default -> "(" + place(change.current()) + ")";
        };
    }

    /** What differs in an edited note: its text, its owner, the cards it supports. */
    private String edits(NoteState before, NoteState after) {
        List<String> parts = new java.util.ArrayList<>();
        if (!before.text().equals(after.text())) {
            parts.add(quoted(before.text()) + " → " + quoted(after.text()));
        }
        if (!before.owner().equals(after.owner())) {
            parts.add(format("noteOwner", quoted(before.owner()), quoted(after.owner())));
        }
        if (!java.util.Objects.equals(before.picture(), after.picture())) {
            parts.add(format("notePicture"));
        }
        if (!before.supports().equals(after.supports())) {
            parts.add(format("noteSupports", String.join(", ", before.supports()), String.join(", ", after.supports())));
        }
        return String.join("; ", parts);
    }

    private static String place(NoteState note) {
        return line(note.laneName()) + ", " + line(note.stageName());
    }

    private int width() {
        int width = 0;
        for (ChangeKind kind : ChangeKind.values()) {
            width = Math.max(width, word(kind).length());
        }
        return width;
    }

    private String cards(List<TouchpointChange> changes) {
        int width = width();
        StringBuilder text = new StringBuilder();
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (TouchpointChange change : changes) {
            counts.merge(change.kind(), 1, Integer::sum);
            String label = String.format(Locale.ROOT, "%s %-" + width + "s ", SIGNS.get(change.kind()), word(change.kind()));
            text.append(label).append(' ').append(details(change)).append('\n');
        }
        Object[] numbers = new Object[ChangeKind.values().length];
        for (ChangeKind kind : ChangeKind.values()) {
            numbers[kind.ordinal()] = counts.getOrDefault(kind, 0);
        }
        text.append(format("summary", numbers)).append('\n');
        return text.toString();
    }

    private String details(TouchpointChange change) {
        String name = quoted(change.name());
        return switch (change.kind()) {
            case ADDED -> name + " (" + line(change.after().stageName()) + ")";
            case REMOVED -> name + " (" + line(change.before().stageName()) + ")";
            case MOVED_STAGE -> name + ": " + line(change.before().stageName()) + " → " + line(change.after().stageName());
            case RERATED -> name + " (" + line(change.after().stageName()) + "): " + rating(change.before().rating())
                    + " → " + rating(change.after().rating());
            case RENAMED -> quoted(change.before().name()) + " → " + name + " (" + line(change.after().stageName()) + ")";
            case EDITED -> name + " (" + line(change.after().stageName()) + "): " + fieldNames(change);
        };
    }

    /** The described fields that differ, by the names the property panel gives them. */
    private String fieldNames(TouchpointChange change) {
        ResourceBundle names = Bundles.load(FIELD_NAMES, locale);
        return String.join(", ", change.before().textsChangedIn(change.after()).stream()
                .map(field -> Bundles.text(names, locale, "touchpoint." + field.key())).toList());
    }

    private String word(ChangeKind kind) {
        return Bundles.text(bundle, locale, "kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private String rating(Rating rating) {
        return Bundles.text(bundle, locale, "rating." + rating.name().toLowerCase(Locale.ROOT));
    }

    private String format(String key, Object... args) {
        return Bundles.text(bundle, locale, key, args);
    }

    private static String quoted(String name) {
        return "\"" + line(name) + "\"";
    }

    private static String line(String text) {
        return OneLine.of(text);
    }
}
