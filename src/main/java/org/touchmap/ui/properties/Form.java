package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

import org.touchmap.edit.Command;
import org.touchmap.ui.editor.Document;

/**
 * The fields of one kind of thing (the map, a stage, a lane, a chain, cards) in titled sections.
 * A form is built once and then shown for whichever elements are selected; it reads the map
 * again after every change and writes each edit as one command.
 */
abstract class Form {
    private static final int TEXT_AREA_ROWS = 3;

    protected final EditScope scope = new EditScope();
    protected final PanelText text;
    private final List<FieldEditor> editors = new ArrayList<>();
    private final VBox body = new VBox();
    private TextInputControl firstTextInput;

    Form(PanelText text) {
        this.text = text;
        body.getStyleClass().add("property-form");
    }

    Node node() {
        return body;
    }

    /** The panel's heading while this form shows the current elements, e.g. "Stage" or "3 cards". */
    abstract String title();

    /** Ikonli literal of the heading's icon. */
    abstract String icon();

    /** A line under the heading, or an empty one. */
    String subtitle() {
        return "";
    }

    /** Shows the form for these elements of the document. */
    void show(Document document, List<String> ids) {
        scope.target(document, ids);
        load();
    }

    /** Reads every field from the map again, e.g. after an undo. */
    void load() {
        editors.forEach(FieldEditor::load);
    }

    List<String> ids() {
        return scope.ids();
    }

    /** Edits typed but not committed, taken out of the fields; see {@link FieldEditor#takePendingEdit()}. */
    List<Command> takePendingEdits() {
        List<Command> pending = new ArrayList<>();
        editors.forEach(editor -> editor.takePendingEdit().ifPresent(pending::add));
        return pending;
    }

    protected FormSection section(String titleKey) {
        FormSection section = new FormSection(text.get(titleKey));
        body.getChildren().add(section.node());
        return section;
    }

    protected <E extends FieldEditor> E add(E editor) {
        editors.add(editor);
        return editor;
    }

    /** A one-line text field; {@code key} names the label and, with dashes, the control's id. */
    protected TextEditor<String> textField(FormSection section, String key, EditedValue<String> value) {
        return textField(section, key, value, TextCodec.PLAIN);
    }

    protected <V> TextEditor<V> textField(FormSection section, String key, EditedValue<V> value, TextCodec<V> codec) {
        return textInput(section, key, new TextField(), value, codec);
    }

    /** A text area a few lines high that wraps, for descriptions and notes. */
    protected TextEditor<String> textArea(FormSection section, String key, EditedValue<String> value) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(TEXT_AREA_ROWS);
        return textInput(section, key, area, value, TextCodec.PLAIN);
    }

    /** A drop-down of an enum's values, named from {@code prefix.value-name} keys; optional ones can be "not set". */
    @SafeVarargs
    protected final <V extends Enum<V>> ChoiceEditor<V> choice(FormSection section, String key, EditedValue<V> value,
                                                               String prefix, boolean optional, V... values) {
        ChoiceEditor<V> editor = add(new ChoiceEditor<>(scope, value, () -> Arrays.asList(values),
                v -> text.name(prefix, v), optional ? text.get("notSet") : null, text));
        editor.control().setId(id(key));
        section.field(text.get(key), editor.control());
        return editor;
    }

    /** Joined toggle buttons for a field with two or three values. */
    @SafeVarargs
    protected final <V extends Enum<V>> ToggleChoiceEditor<V> toggles(FormSection section, String key,
                                                                      EditedValue<V> value, String prefix,
                                                                      boolean optional, V... values) {
        ToggleChoiceEditor<V> editor = add(new ToggleChoiceEditor<>(scope, value, Arrays.asList(values), v -> {
            ToggleButton button = new ToggleButton(text.name(prefix, v));
            button.setId(id(key) + "-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return button;
        }, optional, null, true));
        editor.node().setId(id(key));
        section.field(text.get(key), editor.node());
        return editor;
    }

    /** The first text field or area of the form, where typing a name starts. */
    final Optional<TextInputControl> firstTextInput() {
        return Optional.ofNullable(firstTextInput);
    }

    /** The id of a field's control: its key with dashes, e.g. {@code field-visitors}. */
    static String id(String key) {
        return key.replace('.', '-');
    }

    private <V> TextEditor<V> textInput(FormSection section, String key, TextInputControl control,
                                        EditedValue<V> value, TextCodec<V> codec) {
        control.setId(id(key));
        if (firstTextInput == null) {
            firstTextInput = control;
        }
        TextEditor<V> editor = add(new TextEditor<>(scope, value, codec, control, text));
        section.field(text.get(key), control, editor.error());
        return editor;
    }
}
