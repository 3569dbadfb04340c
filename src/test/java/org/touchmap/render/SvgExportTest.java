package org.touchmap.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class SvgExportTest {
    private static final PictureOptions RUSSIAN = PictureOptions.defaults(Locale.forLanguageTag("ru"));

    private final JourneyMap map = SampleMaps.russian();

    @Test
    void isWellFormedXmlThatNeedsNoDtd() throws Exception {
        Document document = parse(SvgExport.svg(map, RUSSIAN));
        assertEquals("svg", document.getDocumentElement().getNodeName());
    }

    @Test
    void controlCharactersInNamesStillGiveWellFormedXml() throws Exception {
        JourneyMap tricky = SampleMaps.english();
        tricky.setTitle("Title\u0001 with a control character");
        tricky.touchpoint("tp-phone").setName("Bell\u0007 call");

        Document document = parse(SvgExport.svg(tricky, PictureOptions.defaults(Locale.ENGLISH)));

        assertTrue(texts(document).stream().anyMatch(text -> text.contains("Bell")), texts(document).toString());
    }

    @Test
    void textStaysTextIncludingCyrillicNames() throws Exception {
        Document document = parse(SvgExport.svg(map, RUSSIAN));
        List<String> texts = texts(document);
        // A name short enough for one line of its card; longer names are split into lines.
        String cyrillicName = map.touchpoint("tp-payment").name();
        assertTrue(cyrillicName.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC), "the Russian sample is in Russian");
        assertTrue(texts.stream().anyMatch(text -> text.contains(cyrillicName)), texts.toString());
        assertTrue(texts.contains(map.title()), "the title is one text element");
        assertTrue(texts.contains(map.stages().get(0).name()), "stage names are text");
    }

    @Test
    void textNamesDejaVuSansWithASansSerifFallbackAndIconsNeedNoFont() {
        String svg = SvgExport.svg(map, RUSSIAN);
        assertTrue(svg.contains("font-family: DejaVu Sans, sans-serif"), "font family as written");
        assertFalse(svg.contains("Material Design"), "icons are outlines, not glyphs of the icon font");
        assertFalse(svg.contains("<!DOCTYPE"), "no DTD to fetch");
    }

    @Test
    void sizeFollowsTheScale() throws Exception {
        Document one = parse(SvgExport.svg(map, RUSSIAN));
        Document two = parse(SvgExport.svg(map, RUSSIAN.withScale(2)));
        double width = Double.parseDouble(one.getDocumentElement().getAttribute("width"));
        double doubled = Double.parseDouble(two.getDocumentElement().getAttribute("width"));
        assertEquals(2 * width, doubled, 0.01);
        assertEquals(PngExport.size(map, RUSSIAN).width, width, 1);
    }

    @Test
    void writtenFileIsTheDocumentInUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("клиника.svg");
        SvgExport.write(map, RUSSIAN, file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains(map.title()));
        assertEquals("svg", parse(written).getDocumentElement().getNodeName());
    }

    /** A careful reader: no DOCTYPE allowed, nothing external fetched. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
