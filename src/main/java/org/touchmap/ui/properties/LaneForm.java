package org.touchmap.ui.properties;

import org.touchmap.edit.LaneProperties;

/** A lane (row): its name, description and tint. */
final class LaneForm extends Form {

    LaneForm(PanelText text) {
        super(text);
        FormSection basics = section("section.lane");
        textField(basics, "lane.name", EditedValues.lane(LaneProperties.NAME));
        textArea(basics, "lane.description", EditedValues.lane(LaneProperties.DESCRIPTION));
        ColorEditor color = add(new ColorEditor(scope, EditedValues.lane(LaneProperties.COLOR), true, text));
        color.picker().setId(id("lane.color"));
        basics.field(text.get("lane.color"), color.node());
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
