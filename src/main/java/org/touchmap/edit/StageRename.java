package org.touchmap.edit;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.TemplateQuestions;

/**
 * What follows a stage's rename: a customer question that is still the template's (see {@link TemplateQuestions})
 * belonged to the stage's old name and is cleared; a question the person wrote stays.
 */
final class StageRename implements PropertyAccess.Consequence<Stage, String> {

    @Override
    public BiConsumer<JourneyMap, Stage> follow(JourneyMap map, Stage stage, String oldName) {
        String question = stage.customerQuestion();
        if (Objects.equals(oldName, stage.name()) || !TemplateQuestions.isTemplates(question)) {
            return (m, s) -> { };
        }
        stage.setCustomerQuestion("");
        return (m, s) -> s.setCustomerQuestion(question);
    }
}
