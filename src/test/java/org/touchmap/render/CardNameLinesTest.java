package org.touchmap.render;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class CardNameLinesTest {
    private static final Rect NAME_BOX = CardAnatomy.of(LayoutSettings.defaults()).nameBox();
    private static final List<String> SAMPLES = List.of(
            "medical-clinic.cjm", "medical-clinic.ru.cjm", "medical-clinic.sr.cjm",
            "online-store.cjm", "online-store.ru.cjm", "online-store.sr.cjm",
            "repair-service.cjm", "repair-service.ru.cjm", "repair-service.sr.cjm");

    @Test
    void everyCardNameOfEveryBundledSampleIsDrawnWhole() {
        for (String sample : SAMPLES) {
            for (Touchpoint touchpoint : SampleMaps.sample(sample).touchpoints()) {
                CardNameLines name = CardNameLines.of(touchpoint.name(), touchpoint.keyPoint(), NAME_BOX);
                String where = sample + ": " + touchpoint.name();
                assertEquals(touchpoint.name().strip().replaceAll("\\s+", " "), String.join(" ", name.lines()), where);
                assertTrue(name.lines().size() * TextLines.lineHeight(name.font()) <= NAME_BOX.height() + 0.5, where);
                name.lines().forEach(line -> assertTrue(TextLines.width(line, name.font()) <= NAME_BOX.width(), where));
            }
        }
    }

    @Test
    void aShortNameKeepsTheFullSize() {
        CardNameLines name = CardNameLines.of("Booking by phone", false, NAME_BOX);
        assertEquals(RenderFonts.CARD_NAME_SIZE, name.font().getSize2D());
        assertEquals(List.of("Booking by phone"), name.lines());
    }

    @Test
    void aNameThatNeedsAThirdLineStepsTheFontDownOnceInsteadOfBeingCut() {
        String russian = "Контекстная реклама «Аллерголог без очередей»";
        assertTrue(TextLines.wrap(russian, RenderFonts.regular(RenderFonts.CARD_NAME_SIZE), NAME_BOX.width(),
                NAME_BOX.height()).get(1).endsWith(TextLines.ELLIPSIS), "at the full size the name is cut");

        CardNameLines name = CardNameLines.of(russian, false, NAME_BOX);
        assertEquals(RenderFonts.CARD_NAME_SMALLER_SIZE, name.font().getSize2D());
        assertEquals(russian, String.join(" ", name.lines()));
    }

    @Test
    void aKeyPointKeepsItsBoldFaceWhenItStepsDown() {
        CardNameLines name = CardNameLines.of("Напоминание о контрольном осмотре через полгода", true, NAME_BOX);
        assertTrue(name.font().isBold());
        assertEquals(RenderFonts.CARD_NAME_SMALLER_SIZE, name.font().getSize2D());
    }

    @Test
    void aNameTooLongEvenAtTheSmallerSizeEndsInAnEllipsis() {
        CardNameLines name = CardNameLines.of("Оплата на ресепшене: в чеке анализы, о которых пациентке не сказали "
                + "заранее, и никто не объяснил почему", false, NAME_BOX);
        assertEquals(RenderFonts.CARD_NAME_SMALLER_SIZE, name.font().getSize2D());
        assertTrue(name.lines().get(name.lines().size() - 1).endsWith(TextLines.ELLIPSIS), name.lines().toString());
        assertTrue(name.lines().size() * TextLines.lineHeight(name.font()) <= NAME_BOX.height() + 0.5);
    }
}
