package org.touchmap.ui.properties;

import java.util.List;
import java.util.stream.Stream;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LaneKind;

import org.touchmap.edit.LaneProperties;

/** A lane (row): its name, description, tint and kind. */
final class LaneForm extends Form {

    LaneForm(PanelText text) {
        super(text);
        FormSection basics = section("section.lane");
        textField(basics, "lane.name", EditedValues.lane(LaneProperties.NAME));
        textArea(basics, "lane.description", EditedValues.lane(LaneProperties.DESCRIPTION));
        ColorEditor color = add(new ColorEditor(scope, EditedValues.lane(LaneProperties.COLOR), true, text));
        color.picker().setId(id("lane.color"));
        basics.field(text.get("lane.color"), color.node());
        // Only the kinds that hold what the lane holds are offered: cards stay in card lanes, notes in notes lanes.
        ChoiceEditor<LaneKind> kind = add(new ChoiceEditor<>(scope, EditedValues.lane(LaneProperties.KIND),
                this::fittingKinds, value -> value.displayName(text.locale()), null, text));
        kind.control().setId(id("lane.kind"));
        basics.field(text.get("lane.kind"), kind.control());
    }

    private List<LaneKind> fittingKinds() {
        if (!scope.hasDocument()) {
            return List.of(LaneKind.values());
        }
        JourneyMap map = scope.map();
        List<LaneKind> fitting = Stream.of(LaneKind.values()).filter(kind -> scope.ids().stream()
                .map(map::findLane).flatMap(java.util.Optional::stream)
                .allMatch(lane -> LaneProperties.holdsWhatItHas(map, lane, kind))).toList();
        // A lane a file filled with both cards and notes fits no kind; it still shows the one it has.
        return fitting.isEmpty() ? scope.ids().stream().map(map::findLane).flatMap(java.util.Optional::stream)
                .map(org.touchmap.model.Lane::kind).distinct().toList() : fitting;
    }

    @Override
    String title() {
        return text.get("title.lane");
    }

    @Override
    String icon() {
        return "mdi2t-table-row";
    }
}
