package org.touchmap.ui.properties;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.edit.Command;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.editor.Selection.Context;

/**
 * The property panel on the right of the canvas: a form for whatever the selection is about (the
 * map, a stage, a lane, a chain, one card or several), in titled sections that scroll.
 *
 * <p>Every edit is one undoable command on the document's stack. The panel reads the map again
 * after every change on that stack (undo, redo, edits on the canvas), keeping the field being
 * typed in and its caret. Selection changes come in bursts (clear, then add), so the panel
 * follows them once the burst is over; text typed but not yet committed when the selection moves
 * on still goes to the elements it was typed for.
 */
public final class PropertyPanel extends BorderPane {
    private static final int ICON_SIZE = 20;

    private final Selection selection;
    private final ObservableValue<Document> document;
    private final PanelText text = PanelText.current();
    private final Map<Context, Form> forms = new EnumMap<>(Context.class);
    private final ScrollPane scroll = new ScrollPane();
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private Form shownForm;
    /** Opens an address or file named in a link field; the window gives the desktop's, tests their own. */
    private Consumer<String> linkOpener = uri -> { };
    private PanelTarget shownTarget;
    private Document shownDocument;
    private boolean followScheduled;

    /**
     * @param selection what is selected in the editor; the panel reads it and never changes it
     * @param document  the open document, replaced when another map is opened
     */
    public PropertyPanel(Selection selection, ObservableValue<Document> document) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.document = Objects.requireNonNull(document, "document");
        getStyleClass().add("property-panel");
        getStylesheets().add(
                Objects.requireNonNull(PropertyPanel.class.getResource("properties.css")).toExternalForm());

        icon.setIconSize(ICON_SIZE);
        icon.getStyleClass().add("panel-icon");
        title.getStyleClass().addAll("panel-title", Styles.TITLE_4);
        title.setId("property-panel-title");
        subtitle.getStyleClass().addAll("panel-subtitle", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        subtitle.setWrapText(true);
        subtitle.managedProperty().bind(subtitle.visibleProperty());
        HBox header = new HBox(10, icon, new VBox(2, title, subtitle));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        setTop(header);

        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("panel-scroll", Tweaks.EDGE_TO_EDGE);
        ScrollToFocused.install(scroll);
        setCenter(scroll);

        selection.touchpoints().addListener((SetChangeListener<String>) change -> followSelectionSoon());
        selection.stage().addListener((obs, old, now) -> followSelectionSoon());
        selection.lane().addListener((obs, old, now) -> followSelectionSoon());
        selection.chain().addListener((obs, old, now) -> followSelectionSoon());
        MapChanges.follow(document, new MapChanges.Listener() {
            @Override
            public void mapChanged() {
                PropertyPanel.this.mapChanged();
            }

            @Override
            public void documentReplaced(Document old, Document now) {
                followSelection();
            }
        });
        followSelection();
    }

    /**
     * Puts the cursor into the first text field of what is selected, its text selected, so a
     * new element (a chain just added) can be named by typing right away.
     */
    public void editFirstField() {
        // The panel follows the selection a moment after it changes; wait for that.
        Platform.runLater(() -> {
            followSelection();
            if (shownForm == null) {
                return;
            }
            // A new form's fields join the scene only once its sections are skinned.
            applyCss();
            shownForm.firstTextInput().ifPresent(field -> {
                field.requestFocus();
                field.selectAll();
            });
        });
    }

    /** Runs inside the stack's notification, so it only reads the map; it never edits. */
    private void mapChanged() {
        if (shownForm != null) {
            shownForm.load();
            showHeader();
        }
        // Cards may be gone (an undone "add"): look at the target again once the change is over.
        followSelectionSoon();
    }

    private void followSelectionSoon() {
        if (!followScheduled) {
            followScheduled = true;
            Platform.runLater(() -> {
                followScheduled = false;
                followSelection();
            });
        }
    }

    private void followSelection() {
        Document current = document.getValue();
        if (current == null) {
            return;
        }
        PanelTarget target = PanelTarget.of(selection, current.map());
        if (current == shownDocument && target.equals(shownTarget)) {
            return;
        }
        List<Command> pending = shownForm == null ? List.of() : shownForm.takePendingEdits();
        Document pendingDocument = shownDocument;
        Form form = forms.computeIfAbsent(target.context(), this::createForm);
        shownDocument = current;
        shownTarget = target;
        form.show(current, target.ids());
        if (form != shownForm) {
            boolean hadKeyboard = shownForm != null && holdsFocus(shownForm.node());
            shownForm = form;
            scroll.setContent(form.node());
            scroll.setVvalue(0);
            if (hadKeyboard) {
                // The focused control went with its form. Left alone, the scene would give the keyboard
                // to the next text field in the window, where Ctrl+Z undoes typing instead of the map.
                requestFocus();
            }
        }
        showHeader();
        if (!pending.isEmpty()) {
            // The selection may have moved inside another change; run the edits once that is over.
            Platform.runLater(() -> runPending(pendingDocument, pending));
        }
    }

    private boolean holdsFocus(Node node) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node at = owner; at != null; at = at.getParent()) {
            if (at == node) {
                return true;
            }
        }
        return false;
    }

    private void runPending(Document target, List<Command> pending) {
        if (target != document.getValue()) {
            return;
        }
        pending.stream().filter(command -> command.isExecutable(target.map()))
                .forEach(target.commands()::execute);
    }

    private void showHeader() {
        icon.setIconLiteral(shownForm.icon());
        title.setText(shownForm.title());
        String line = shownForm.subtitle();
        subtitle.setText(line);
        subtitle.setVisible(!line.isEmpty());
    }

    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = Objects.requireNonNull(opener, "opener");
    }

    private Form createForm(Context context) {
        return switch (context) {
            case MAP -> new MapForm(text);
            case STAGE -> new StageForm(text);
            case LANE -> new LaneForm(text);
            case CHAIN -> new ChainForm(text);
            case TOUCHPOINTS -> new TouchpointForm(text, uri -> linkOpener.accept(uri));
        };
    }
}
