package org.touchmap.architecture;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.MapDiff;
import org.touchmap.edit.ElementProperty;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.io.json.MapJson;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Criterion;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;
import org.touchmap.render.workbook.WorkbookExport;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every field a person can edit in the property panel ({@link TouchpointProperties#all()}) travels
 * with the map: it survives the file, and a change made in the Excel workbook comes back into the
 * map by the import; a described field's change also shows in the comparison. A field added to the panel and forgotten in the file or the workbook fails
 * here, whatever its name, because the test changes each field and looks for the change on the
 * other side.
 */
class EveryFieldTravelsTest {
    private static final String CARD = "tp-ad";
    /**
     * Fields that do not come back from the workbook, and why. A field is listed here only with a
     * reason a person would accept; a new field that is missing from the workbook fails.
     */
    private static final Map<ElementProperty<Touchpoint, ?>, String> NOT_READ_FROM_THE_WORKBOOK = Map.of(
            TouchpointProperties.CRITERIA, "the scores are written on the Criteria sheet, and on the Touchpoints"
                    + " sheet only as their average, which is computed, not entered; the import reads the Touchpoints sheet");

    /** Every field of the panel but presence: in the sample's Online and Offline lanes the lane decides it. */
    static Stream<ElementProperty<Touchpoint, ?>> fields() {
        return TouchpointProperties.all().stream().filter(field -> field != TouchpointProperties.PRESENCE);
    }

    static Stream<ElementProperty<Touchpoint, ?>> fieldsTheWorkbookReads() {
        return fields().filter(field -> !NOT_READ_FROM_THE_WORKBOOK.containsKey(field));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aChangedFieldSurvivesTheFile(ElementProperty<Touchpoint, ?> field) throws Exception {
        JourneyMap changed = withChanged(field);

        JourneyMap read = MapJson.read(MapJson.write(changed), "changed.cjm");

        assertEquals(field.get(card(changed)), field.get(card(read)), field.toString());
    }

    @ParameterizedTest
    @MethodSource("fieldsTheWorkbookReads")
    void aFieldChangedInTheWorkbookComesBackByTheImport(ElementProperty<Touchpoint, ?> field, @TempDir Path folder)
            throws Exception {
        JourneyMap original = MedicalClinicMap.build();
        JourneyMap changed = withChanged(field);
        Path workbook = folder.resolve("changed.xlsx");
        WorkbookExport.write(changed, Locale.ENGLISH, workbook);

        WorkbookChanges changes = WorkbookImport.read(original, workbook);
        assertTrue(changes.hasChanges(), field + " reached the workbook and was read back as a change");
        changes.command().execute(original);

        assertEquals(field.get(card(changed)), field.get(card(original)), field.toString());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TouchpointText.class)
    void aChangedDescribedFieldShowsInTheComparison(TouchpointText field) {
        JourneyMap before = MedicalClinicMap.build();
        JourneyMap after = withChanged(TouchpointProperties.text(field));

        assertEquals(List.of(field), MapDiff.between(before, after).stream()
                .filter(change -> change.kind() == ChangeKind.EDITED)
                .flatMap(change -> change.before().textsChangedIn(change.after()).stream()).toList());
    }

    private static Touchpoint card(JourneyMap map) {
        return map.findTouchpoint(CARD).orElseThrow();
    }

    /** The sample map with the field of one card set to a value it does not have. */
    @SuppressWarnings("unchecked")
    private static JourneyMap withChanged(ElementProperty<Touchpoint, ?> field) {
        JourneyMap map = MedicalClinicMap.build();
        ElementProperty<Touchpoint, Object> property = (ElementProperty<Touchpoint, Object>) field;
        Object value = otherValue(property, card(map));
        Object before = property.get(card(map));
        property.change(CARD, value).execute(map);
        assertNotEquals(before, property.get(card(map)), field + " changed");
        return map;
    }

    /**
     * A value the card's field does not have yet, chosen by the kind of value the field holds. A
     * field of a kind not listed here fails, asking for one: a new kind of field needs a look at
     * how the file and the workbook carry it.
     */
    private static Object otherValue(ElementProperty<Touchpoint, Object> field, Touchpoint card) {
        Object now = field.get(card);
        if (field == (Object) TouchpointProperties.EMOTION) {
            return now != null && now.equals(-2) ? 2 : -2;
        }
        if (field == (Object) TouchpointProperties.CRITERIA) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            Criterion first = ChannelCatalog.resolve(card.channelId()).criteria().get(0);
            scores.put(first.id(), Integer.valueOf(5).equals(card.criteria().get(first.id())) ? 1 : 5);
            return scores;
        }
        if (field == (Object) TouchpointProperties.METRICS) {
            return Map.of(Metric.CONVERSION_PERCENT, 42.5);
        }
        if (field == (Object) TouchpointProperties.COMPETITOR && now == null) {
            return CompetitorComparison.values()[0];
        }
        if (field == (Object) TouchpointProperties.CHANNEL) {
            return ChannelCatalog.all().stream().map(channel -> channel.id())
                    .filter(id -> !id.equals(now)).findFirst().orElseThrow();
        }
        if (now instanceof String text) {
            return text + " changed in the workbook";
        }
        if (now instanceof Boolean flag) {
            return !flag;
        }
        if (now instanceof Enum<?> constant) {
            List<?> constants = Arrays.asList(constant.getDeclaringClass().getEnumConstants());
            return constants.get((constants.indexOf(constant) + 1) % constants.size());
        }
        throw new AssertionError("no other value known for " + field + " (now " + now
                + "); add one here and check that the file and the workbook carry it");
    }
}
