package org.touchmap.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The application's icon in the sizes the window system picks from (title bar, task bar, switcher),
 * made from assets/icons/touchmap.svg by packaging/icons.sh.
 */
final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Every size there is on the class path; none in a build that left the icons out. */
    static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            Image icon = of(size);
            if (icon != null) {
                icons.add(icon);
            }
        }
        return icons;
    }

    /** The icon {@code size} pixels square, or {@code null} when the build left it out. */
    static Image of(int size) {
        InputStream in = AppIcons.class.getResourceAsStream("/icons/touchmap-" + size + ".png");
        return in == null ? null : new Image(in);
    }
}
