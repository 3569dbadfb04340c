package org.touchmap.ui.properties;

import org.touchmap.edit.MapProperties;

/** The map itself: title, description, industry, the persona it is drawn for, competitors. */
final class MapForm extends Form {

    MapForm(PanelText text) {
        super(text);
        FormSection basics = section("section.map");
        textField(basics, "map.title", EditedValues.map(MapProperties.TITLE));
        textArea(basics, "map.description", EditedValues.map(MapProperties.DESCRIPTION));
        textField(basics, "map.industry", EditedValues.map(MapProperties.INDUSTRY));

        FormSection persona = section("section.persona");
        for (PersonaField field : PersonaField.values()) {
            String key = "persona." + field.name().toLowerCase(java.util.Locale.ROOT);
            if (field == PersonaField.NAME) {
                textField(persona, key, field.edited());
            } else {
                textArea(persona, key, field.edited()).control().setPromptText(text.get(key + ".hint"));
            }
        }

        FormSection competitors = section("section.competitors");
        textArea(competitors, "map.competitorNotes", EditedValues.map(MapProperties.COMPETITOR_NOTES));
    }

    @Override
    String title() {
        return text.get("title.map");
    }

    @Override
    String icon() {
        return "mdi2m-map-outline";
    }

    @Override
    String subtitle() {
        return text.get("subtitle.map");
    }
}
