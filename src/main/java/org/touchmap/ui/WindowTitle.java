package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;

/** The window title: the document's name, a mark while it has unsaved changes, and the application. */
final class WindowTitle {
    /** Put before the name while there are unsaved changes, as most desktop editors do. */
    static final String UNSAVED_MARK = "*";

    private WindowTitle() {
    }

    static String of(Document document) {
        String mark = document.isDirty() ? UNSAVED_MARK : "";
        return mark + document.displayName() + " — " + Messages.get("app.name");
    }
}
