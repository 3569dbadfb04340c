package org.touchmap.ui.properties;

import org.touchmap.edit.StageProperties;

/** A stage (column): what it is, the customer's question there, its phase, visitors and colour. */
final class StageForm extends Form {

    StageForm(PanelText text) {
        super(text);
        NumberInput numbers = new NumberInput(text);
        FormSection basics = section("section.stage");
        textField(basics, "stage.name", EditedValues.stage(StageProperties.NAME));
        textArea(basics, "stage.description", EditedValues.stage(StageProperties.DESCRIPTION));
        textArea(basics, "stage.customerQuestion", EditedValues.stage(StageProperties.CUSTOMER_QUESTION))
                .setPrompt(text.get("stage.customerQuestion.hint"));

        FormSection funnel = section("section.funnel");
        textField(funnel, "stage.phase", EditedValues.stage(StageProperties.PHASE), TextCodec.OPTIONAL)
                .setPrompt(text.get("stage.phase.hint"));
        String visitors = text.get("stage.visitors");
        textField(funnel, "stage.visitors", EditedValues.stage(StageProperties.VISITORS), new TextCodec<>() {
            @Override
            public String format(Long value) {
                return numbers.format(value);
            }

            @Override
            public ParsedInput<Long> parse(String typed) {
                return numbers.count(typed, visitors);
            }
        }).setPrompt(text.get("stage.visitors.hint"));

        FormSection look = section("section.appearance");
        ColorEditor color = add(new ColorEditor(scope, EditedValues.stage(StageProperties.COLOR), true, text));
        color.picker().setId(id("stage.color"));
        look.field(text.get("stage.color"), color.node());
    }

    @Override
    String title() {
        return text.get("title.stage");
    }

    @Override
    String icon() {
        return "mdi2v-view-column-outline";
    }
}
