package org.touchmap.render;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;

import static org.junit.jupiter.api.Assertions.*;

/** The picture measured without its arrows is the picture's size, so a refusal by size is the same refusal. */
class PictureOutlineTest {
    @Test
    void theOutlineHasNoArrowsAndThePicturesWidthAndAtMostItsHeight() {
        for (JourneyMap map : new JourneyMap[] {MedicalClinicMap.build(),
                MapGenerator.generate(GeneratorSettings.of(300, 8, 3, 12))}) {
            PictureOptions options = PictureOptions.defaults(Locale.ENGLISH);
            Picture whole = Picture.of(map, options);
            Picture outline = Picture.outline(map, options);

            assertTrue(outline.layout().connectors().isEmpty(), "no arrows were routed");
            assertFalse(whole.layout().connectors().isEmpty());
            assertEquals(whole.scaledWidth(), outline.scaledWidth(), 1e-9, map.title());
            assertTrue(outline.scaledHeight() <= whole.scaledHeight(), map.title());
            // The legend's line about arrows into the next chain is the only difference.
            assertTrue(whole.scaledHeight() - outline.scaledHeight() <= 30, map.title());
        }
    }

    @Test
    void aPictureTooLargeIsRefusedTheSameWayByItsOutline() {
        JourneyMap map = MedicalClinicMap.build();
        PictureOptions huge = PictureOptions.defaults(Locale.ENGLISH).withScale(200);

        IllegalArgumentException byOutline = assertThrows(IllegalArgumentException.class,
                () -> PixelBudget.check(Picture.outline(map, huge)));
        IllegalArgumentException byWhole = assertThrows(IllegalArgumentException.class,
                () -> PixelBudget.check(Picture.of(map, huge)));
        assertTrue(byOutline.getMessage().startsWith(byWhole.getMessage().substring(0, 20)), byOutline.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PngExport.image(map, huge));
    }
}
