package org.touchmap.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The customer questions the stage templates give their stages, in every language a map can be made in.
 * A stage whose question is one of these still asks the template's question, not one a person wrote; once the
 * stage is renamed, that question most likely belongs to another stage ("Information search" asking
 * "Is it easy to buy?"), so a rename clears it, and the template's description with it.
 */
public final class TemplateQuestions {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));
    private static final Set<String> QUESTIONS = texts("question");
    private static final Set<String> DESCRIPTIONS = texts("description");

    private TemplateQuestions() {
    }

    /** Whether {@code question} is word for word a question of a stage template (ignoring surrounding spaces). */
    public static boolean isTemplates(String question) {
        return question != null && !question.isBlank() && QUESTIONS.contains(question.strip());
    }

    /** Whether {@code description} is word for word a stage description of a stage template. */
    public static boolean isTemplateDescription(String description) {
        return description != null && !description.isBlank() && DESCRIPTIONS.contains(description.strip());
    }

    private static Set<String> texts(String part) {
        Set<String> questions = new HashSet<>();
        for (StageTemplate template : StageTemplate.values()) {
            for (TemplateStage stage : template.stages()) {
                for (Locale language : LANGUAGES) {
                    String question = template.stageText(language, stage.id(), part);
                    if (question != null && !question.isBlank() && !question.startsWith("set.")) {
                        questions.add(question.strip());
                    }
                }
            }
        }
        return Set.copyOf(questions);
    }
}
