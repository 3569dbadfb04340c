package org.touchmap.ui.editor;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

import java.util.Objects;

/**
 * The one way a view hears about the open map: {@link #follow} keeps the view's listener on the
 * command stack of whichever {@link Document} is open, moves it when another map is opened, and
 * tells the view about that too. Views hear in the order they started to follow; the canvas
 * follows first (it does as it is made), so every view after it sees the map laid out anew.
 */
public final class MapChanges {
    /** What a view does when the open map changes. */
    @FunctionalInterface
    public interface Listener {
        /**
         * After every edit, undo, redo and save of the open map. It runs inside the command stack's
         * notification, so it may read the map and the view's own state but never edit the map.
         */
        void mapChanged();

        /** After another map was opened ({@code old} is {@code null} for the first): by default as a change. */
        default void documentReplaced(Document old, Document now) {
            mapChanged();
        }
    }

    private MapChanges() {
    }

    /** Starts telling {@code listener} about the map open in {@code document}; unsubscribing stops it. */
    public static Subscription follow(ObservableValue<Document> document, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        Runnable onChange = listener::mapChanged;
        ChangeListener<Document> onReplaced = (obs, old, now) -> {
            if (old != null) {
                old.commands().removeListener(onChange);
            }
            if (now != null) {
                now.commands().addListener(onChange);
            }
            listener.documentReplaced(old, now);
        };
        document.addListener(onReplaced);
        if (document.getValue() != null) {
            document.getValue().commands().addListener(onChange);
        }
        return () -> {
            document.removeListener(onReplaced);
            if (document.getValue() != null) {
                document.getValue().commands().removeListener(onChange);
            }
        };
    }
}
