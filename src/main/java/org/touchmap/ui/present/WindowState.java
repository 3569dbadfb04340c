package org.touchmap.ui.present;

import java.util.List;

import org.touchmap.ui.canvas.EmotionStripView;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.canvas.ViewPosition;
import org.touchmap.ui.editor.Selection;

/**
 * What presenting changes in the window and leaving puts back: the view's zoom and scroll
 * position, whether the emotion strip is shown, and the selection with its active chain.
 */
record WindowState(ViewPosition view, boolean stripShowing, List<String> cards, String stage,
                   String lane, String chain) {

    static WindowState of(MapCanvas canvas, EmotionStripView strip) {
        Selection selection = canvas.selection();
        return new WindowState(canvas.navigation().viewPosition(), strip.showingProperty().get(),
                List.copyOf(selection.touchpoints()), selection.stage().get(), selection.lane().get(),
                selection.chain().get());
    }

    void restore(MapCanvas canvas, EmotionStripView strip) {
        strip.showingProperty().set(stripShowing);
        Selection selection = canvas.selection();
        if (stage != null && canvas.map().findStage(stage).isPresent()) {
            selection.selectStage(stage);
        } else if (lane != null && canvas.map().findLane(lane).isPresent()) {
            selection.selectLane(lane);
        } else {
            selection.selectTouchpoints(cards.stream().filter(canvas.map()::hasTouchpoint).toList());
        }
        selection.selectChain(chain != null && canvas.map().findChain(chain).isPresent() ? chain : null);
        restoreView(canvas);
    }

    void restoreView(MapCanvas canvas) {
        canvas.navigation().restore(view);
    }
}
