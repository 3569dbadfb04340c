package org.touchmap.app.cli;

import org.touchmap.analysis.ChangeKind;
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
 * tells the kinds apart at a glance, then a line with the counts.
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

    String of(List<TouchpointChange> changes) {
        if (changes.isEmpty()) {
            return Bundles.text(bundle, locale, "none") + "\n";
        }
        int width = 0;
        for (ChangeKind kind : ChangeKind.values()) {
            width = Math.max(width, word(kind).length());
        }
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
