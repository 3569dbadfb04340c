package org.touchmap.ui.properties;

import java.util.List;
import java.util.stream.Stream;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LaneKind;

import org.touchmap.edit.LaneProperties;

/** A lane (row): its name, description, tint and kind, and for an emotion lane the chain its curve follows. */
final class LaneForm extends Form {
    private final javafx.scene.Node chainField;

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
        // An emotion lane draws the stages' averages, or the curve of one chain.
        ChoiceEditor<String> chain = add(new ChoiceEditor<>(scope, EditedValues.lane(LaneProperties.CHAIN),
                this::chainIds, this::chainName, text.get("lane.chain.stages"), text));
        chain.control().setId(id("lane.chain"));
        basics.field(text.get("lane.chain"), chain.control());
        chainField = chain.control().getParent();
    }

    /** The chain of the curve is asked only of emotion lanes. */
    @Override
    void load() {
        super.load();
        boolean emotion = scope.hasDocument() && !scope.ids().isEmpty() && scope.ids().stream()
                .map(scope.map()::findLane).allMatch(lane -> lane.filter(l -> l.kind() == LaneKind.EMOTION).isPresent());
        chainField.setVisible(emotion);
        chainField.setManaged(emotion);
    }

    private List<String> chainIds() {
        return scope.hasDocument() ? scope.map().chains().stream().map(org.touchmap.model.Chain::id).toList()
                : List.of();
    }

    private String chainName(String chainId) {
        return scope.map().findChain(chainId).map(org.touchmap.model.Chain::name).orElse(chainId);
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
