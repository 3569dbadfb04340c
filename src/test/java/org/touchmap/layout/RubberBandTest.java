package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class RubberBandTest {
    private final MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), LayoutSettings.defaults());

    @Test
    void bandDraggedInAnyDirectionCoversTheSameArea() {
        RubberBand down = RubberBand.between(10, 20, 110, 70);
        RubberBand up = RubberBand.between(110, 70, 10, 20);
        assertEquals(new Rect(10, 20, 100, 50), down.area());
        assertEquals(down, up);
    }

    @Test
    void selectsEveryCardItTouchesEvenPartly() {
        Rect phone = layout.card("tp-phone").orElseThrow().bounds();
        Rect blog = layout.card("tp-blog").orElseThrow().bounds();
        // From the middle of the blog card to the middle of the phone card, in the same column.
        RubberBand band = RubberBand.between(blog.centerX(), blog.centerY(), phone.centerX() + 1, phone.centerY());
        List<String> ids = band.cardsIn(layout);
        assertEquals(List.of("tp-blog", "tp-reviews", "tp-phone"), ids);
    }

    @Test
    void bandOverEmptyCellsSelectsNothing() {
        Rect cell = layout.cell("awareness", "offline").orElseThrow();
        assertEquals(List.of(), RubberBand.between(cell.x() + 2, cell.y() + 2, cell.maxX() - 2, cell.maxY() - 2)
                .cardsIn(layout));
    }

    @Test
    void bandOverTheWholeMapSelectsEveryCardInDrawingOrder() {
        Rect all = layout.bounds();
        List<String> expected = layout.cards().stream().map(CardBox::touchpointId).toList();
        assertEquals(expected, RubberBand.between(all.x(), all.y(), all.maxX(), all.maxY()).cardsIn(layout));
    }
}
