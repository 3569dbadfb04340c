package org.touchmap.ui.start;

/** What the start page's help links open: the getting-started page and the list of keyboard shortcuts. */
public record HelpLinks(Runnable gettingStarted, Runnable shortcuts) {
    /** Links that open nothing, for a window without help. */
    public static final HelpLinks NONE = new HelpLinks(() -> { }, () -> { });
}
