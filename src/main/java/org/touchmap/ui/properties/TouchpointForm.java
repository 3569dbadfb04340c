package org.touchmap.ui.properties;

import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.TouchpointText;
import org.touchmap.model.Attention;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.Control;
import org.touchmap.model.Evidence;
import org.touchmap.model.Lifespan;
import org.touchmap.model.Presence;
import org.touchmap.model.TouchpointCategory;

import static org.touchmap.ui.properties.EditedValues.touchpoint;

/**
 * One card or several. With several, every edit goes to all of them as one undo step, and a
 * field where they differ shows "mixed values".
 */
final class TouchpointForm extends Form {

    TouchpointForm(PanelText text, Consumer<String> openLink) {
        super(text);
        FormSection basics = section("section.basics");
        textField(basics, "touchpoint.name", touchpoint(TouchpointProperties.NAME));
        textArea(basics, "touchpoint.description", touchpoint(TouchpointProperties.DESCRIPTION));
        ChannelEditor channel = add(new ChannelEditor(scope, text));
        basics.field(text.get("touchpoint.channel"), channel.node());
        ToggleChoiceEditor<Presence> presence = toggles(basics, "touchpoint.presence",
                touchpoint(TouchpointProperties.PRESENCE), "presence", false, Presence.values());
        basics.add(add(new PresenceFromLane(scope, text, presence.node())).node());
        choice(basics, "touchpoint.category", touchpoint(TouchpointProperties.CATEGORY), "category", false,
                TouchpointCategory.values());
        toggles(basics, "touchpoint.control", touchpoint(TouchpointProperties.CONTROL), "control", false,
                Control.values());

        FormSection evaluation = section("section.evaluation");
        RatingButtons rating = add(new RatingButtons(scope, text));
        evaluation.field(text.get("touchpoint.rating"), rating.node(), rating.status());
        EmotionEditor emotion = add(new EmotionEditor(scope, text));
        evaluation.field(text.get("touchpoint.emotion"), emotion.node());
        SwitchEditor keyPoint = add(new SwitchEditor(scope, touchpoint(TouchpointProperties.KEY_POINT),
                text.get("touchpoint.keyPoint"), text));
        keyPoint.control().setId(id("touchpoint.keyPoint"));
        Label keyPointHint = new Label(text.get("touchpoint.keyPoint.hint"));
        keyPointHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keyPointHint.setWrapText(true);
        evaluation.add(new VBox(4, keyPoint.control(), keyPointHint));
        toggles(evaluation, "touchpoint.attention", touchpoint(TouchpointProperties.ATTENTION), "attention", true,
                Attention.values());
        toggles(evaluation, "touchpoint.lifespan", touchpoint(TouchpointProperties.LIFESPAN), "lifespan", true,
                Lifespan.values());
        choice(evaluation, "touchpoint.evidence", touchpoint(TouchpointProperties.EVIDENCE), "evidence", true,
                Evidence.values());
        choice(evaluation, "touchpoint.competitor", touchpoint(TouchpointProperties.COMPETITOR), "competitor", true,
                CompetitorComparison.values());

        FormSection criteria = section("section.criteria");
        criteria.add(add(new CriteriaEditor(scope, text)).node());

        FormSection metrics = section("section.metrics");
        metrics.add(add(new MetricsEditor(scope, text)).node());

        FormSection notes = section("section.notes");
        textArea(notes, "touchpoint.painPoints", touchpoint(TouchpointProperties.PAIN_POINTS));
        textArea(notes, "touchpoint.ideas", touchpoint(TouchpointProperties.IDEAS));
        textField(notes, "touchpoint.owner", touchpoint(TouchpointProperties.OWNER));
        textArea(notes, "touchpoint.notes", touchpoint(TouchpointProperties.NOTES));
        for (TouchpointText field : TouchpointText.values()) {
            TextEditor<String> editor = textField(notes, "touchpoint." + field.key(),
                    touchpoint(TouchpointProperties.text(field)));
            if (field.kind() == TouchpointText.Kind.LINK) {
                notes.add(openButton(field, editor, openLink));
            }
        }
    }

    /** Opens what a link field names, the way the desktop opens that kind of address or file. */
    private Button openButton(TouchpointText field, TextEditor<String> editor, Consumer<String> openLink) {
        Button open = new Button(text.get("link.open"));
        open.setId(id("touchpoint." + field.key()) + "-open");
        open.getStyleClass().add(Styles.SMALL);
        open.disableProperty().bind(editor.control().textProperty().isEmpty());
        open.setOnAction(event -> LinkTarget.of(editor.control().getText(), scope.document().file())
                .ifPresent(openLink));
        return open;
    }

    @Override
    String title() {
        return ids().size() == 1 ? text.get("title.touchpoint") : text.get("title.touchpoints", ids().size());
    }

    @Override
    String icon() {
        return ids().size() == 1 ? "mdi2c-card-text-outline" : "mdi2c-card-multiple-outline";
    }

    @Override
    String subtitle() {
        return ids().size() == 1 ? "" : text.get("subtitle.touchpoints");
    }
}
