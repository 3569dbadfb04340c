package org.touchmap.render;

import org.junit.jupiter.api.Test;
import org.touchmap.layout.BlueprintLine;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Palette;
import org.touchmap.layout.SupportLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Every picture draws the service blueprint: its labelled lines, the steps with owners, their links. */
class BlueprintPictureTest {

    private static JourneyMap blueprint() {
        JourneyMap map = SampleMaps.english();
        for (LaneKind kind : List.of(LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)) {
            Lane lane = new Lane(kind.name().toLowerCase(Locale.ROOT), kind.name());
            lane.setKind(kind);
            map.addLane(lane);
        }
        String stage = map.touchpoints().get(0).stageId();
        Note step = new Note("step", "Keep the listing current", stage, "backstage");
        step.setOwner("Marketing");
        step.setSupports(List.of(map.touchpoints().get(0).id()));
        map.addNote(step);
        return map;
    }

    private static List<String> svgTexts(JourneyMap map, Locale locale) throws Exception {
        Document svg = SvgExportTest.parse(SvgExport.svg(map, PictureOptions.defaults(locale)));
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSvgLabelsTheThreeLinesInThePicturesLanguageAndShowsTheStepsOwner() throws Exception {
        List<String> english = svgTexts(blueprint(), Locale.ENGLISH);
        assertTrue(english.containsAll(List.of("Line of interaction", "Line of visibility",
                "Line of internal interaction", "Marketing", "Keep the listing current")), english.toString());
        assertTrue(english.containsAll(List.of("Blueprint", "Step supports a touchpoint")), "the legend explains them");
        List<String> russian = svgTexts(blueprint(), Locale.forLanguageTag("ru"));
        assertTrue(russian.contains("Линия видимости"), russian.toString());
    }

    @Test
    void thePngDrawsTheLinesAcrossTheGridAndTheLinkBetweenStepAndCard() {
        JourneyMap map = blueprint();
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        BufferedImage image = PngExport.image(map, PictureOptions.defaults(Locale.ENGLISH).withScale(1));

        int lineColour = Integer.parseInt(Palette.BLUEPRINT_LINE.substring(1), 16);
        for (BlueprintLine line : layout.blueprintLines()) {
            int y = (int) Math.round(line.line().from().y());
            long drawn = java.util.stream.IntStream.range((int) layout.grid().x(), (int) layout.grid().maxX())
                    .filter(x -> near(image.getRGB(x, y) & 0xffffff, lineColour)).count();
            // Dashed: about two thirds of the width, far more than any grid line's colour would give.
            assertTrue(drawn > layout.grid().width() / 3, "line at " + y + " drawn over " + drawn + " px");
        }
        SupportLink link = layout.supportLinks().get(0);
        double midX = (link.line().from().x() + link.line().to().x()) / 2;
        double midY = (link.line().from().y() + link.line().to().y()) / 2;
        int linkColour = Integer.parseInt(Palette.SUPPORT_LINK.substring(1), 16);
        boolean seen = false;
        for (int dy = -6; dy <= 6 && !seen; dy++) {
            for (int dx = -3; dx <= 3 && !seen; dx++) {
                seen = near(image.getRGB((int) midX + dx, (int) midY + dy) & 0xffffff, linkColour);
            }
        }
        assertTrue(seen, "the dashed link is drawn near its middle");
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 40) {
                return false;
            }
        }
        return true;
    }
}
