package org.touchmap.ui.canvas;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.touchmap.edit.CopiedCards;
import org.touchmap.edit.PasteCards;
import org.touchmap.io.json.CardsJson;
import org.touchmap.io.MapFileException;
import org.touchmap.model.Touchpoint;

/**
 * Copy, paste and duplicate of cards. Copies go to the system clipboard as JSON in
 * {@link CanvasDataFormats#CARDS}, so a second Touchmap window or process can paste them, and
 * as plain text (one name per line) for any other program.
 */
final class CardClipboard {
    private final CanvasEditing editing;

    CardClipboard(CanvasEditing editing) {
        this.editing = editing;
    }

    void copy(List<String> cardIds) {
        if (cardIds.isEmpty()) {
            return;
        }
        CopiedCards copied = CopiedCards.of(editing.map(), cardIds);
        ClipboardContent content = new ClipboardContent();
        content.put(CanvasDataFormats.CARDS, new String(CardsJson.write(copied), StandardCharsets.UTF_8));
        content.putString(copied.cards().stream().map(Touchpoint::name).collect(Collectors.joining("\n")));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes into the selected stage, when a stage and not cards is what the person chose last. */
    void paste() {
        String stageId = editing.selectedCards().isEmpty() ? editing.selection().stage().get() : null;
        clipboardCards().ifPresent(copied -> pasteCards(copied, stageId));
    }

    void duplicate(List<String> cardIds) {
        if (!cardIds.isEmpty()) {
            pasteCards(CopiedCards.of(editing.map(), cardIds), null);
        }
    }

    private void pasteCards(CopiedCards copied, String targetStageId) {
        PasteCards.plan(editing.map(), copied, targetStageId).ifPresent(plan -> {
            editing.execute(plan.command());
            editing.selection().selectTouchpoints(plan.newCardIds());
        });
    }

    /** The cards on the clipboard; nothing when it holds none, or holds something this version cannot read. */
    private static Optional<CopiedCards> clipboardCards() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!(clipboard.getContent(CanvasDataFormats.CARDS) instanceof String json)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CardsJson.read(json.getBytes(StandardCharsets.UTF_8)));
        } catch (MapFileException e) {
            // Cards copied by a newer Touchmap, or damaged on the way: a paste that adds nothing.
            return Optional.empty();
        }
    }
}
