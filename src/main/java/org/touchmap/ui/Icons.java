package org.touchmap.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/** Toolbar and menu icons from the Material Design 2 icon font. */
public final class Icons {
    private static final int TOOLBAR_SIZE = 18;

    private Icons() {
    }

    public static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(TOOLBAR_SIZE);
        return icon;
    }
}
