package org.touchmap.edit;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.TemplateQuestions;

/**
 * What follows a stage's rename: a customer question or description that is still the template's (see
 * {@link TemplateQuestions}) belonged to the stage's old name and is cleared; what the person wrote stays.
 */
final class StageRename implements PropertyAccess.Consequence<Stage, String> {

    @Override
    public BiConsumer<JourneyMap, Stage> follow(JourneyMap map, Stage stage, String oldName) {
        String question = stage.customerQuestion();
        String description = stage.description();
        boolean staleQuestion = TemplateQuestions.isTemplates(question);
        boolean staleDescription = TemplateQuestions.isTemplateDescription(description);
        if (Objects.equals(oldName, stage.name()) || !staleQuestion && !staleDescription) {
            return (m, s) -> { };
        }
        if (staleQuestion) {
            stage.setCustomerQuestion("");
        }
        if (staleDescription) {
            stage.setDescription("");
        }
        return (m, s) -> {
            s.setCustomerQuestion(question);
            s.setDescription(description);
        };
    }
}
