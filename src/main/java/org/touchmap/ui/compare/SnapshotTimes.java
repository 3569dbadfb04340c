package org.touchmap.ui.compare;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times of snapshots as a person reads them: local time, to the minute, month named in the interface's language. */
final class SnapshotTimes {
    /** Day, month and year in the same order in every language Touchmap speaks: "23 Nov 2026 17:40". */
    private static final String PATTERN = "d MMM yyyy HH:mm";

    private SnapshotTimes() {
    }

    static String shown(Instant time) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(PATTERN, CompareText.locale())
                .withZone(ZoneId.systemDefault());
        return format.format(time);
    }
}
