package org.touchmap.ui.start;

/** A bundled sample as the start page lists it: its resource name and its title in the interface's language. */
public record SampleEntry(String name, String title) {
    @Override
    public String toString() {
        return title;
    }
}
