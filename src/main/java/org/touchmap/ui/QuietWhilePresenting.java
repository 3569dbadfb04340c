package org.touchmap.ui;

import org.touchmap.analysis.Focus;
import org.touchmap.ui.canvas.BadgeLayers;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.find.SearchBar;
import org.touchmap.ui.present.PresenterMode;

/**
 * The group sees the map as revealed step by step: badges, a focus and search marks would show or
 * fade cards out of turn, so they go while presenting and the focus comes back after.
 */
final class QuietWhilePresenting {
    private final MapCanvas canvas;
    private final SearchBar searchBar;
    private Focus focusBeforePresenting;

    private QuietWhilePresenting(MapCanvas canvas, SearchBar searchBar) {
        this.canvas = canvas;
        this.searchBar = searchBar;
    }

    static void install(PresenterMode presenter, MapCanvas canvas, SearchBar searchBar) {
        QuietWhilePresenting quiet = new QuietWhilePresenting(canvas, searchBar);
        presenter.presentingProperty().addListener((obs, was, now) -> quiet.presentingChanged(now));
    }

    private void presentingChanged(boolean presenting) {
        BadgeLayers.hideWhilePresenting(canvas, presenting);
        if (presenting) {
            focusBeforePresenting = canvas.focusProperty().get();
            canvas.focusProperty().set(null);
            if (searchBar.isOpen()) {
                searchBar.close();
            }
        } else {
            canvas.focusProperty().set(focusBeforePresenting);
            focusBeforePresenting = null;
        }
    }
}
