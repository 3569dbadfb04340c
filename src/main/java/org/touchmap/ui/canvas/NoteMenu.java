package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.touchmap.edit.NoteProperties;
import org.touchmap.edit.RemoveNote;
import org.touchmap.layout.NoteBox;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Touchpoint;

/**
 * The menu of a note under a right-click: edit or delete it; for a storyboard frame, choose, paste
 * or remove its picture; for a process step of the service blueprint, say who does it and tick the
 * touchpoints of its stage it supports. Each choice is one
 * undo step.
 */
public final class NoteMenu {
    private final CanvasEditing editing;
    private final NoteDialogs dialogs;
    private final PictureChoice pictures;

    public NoteMenu(CanvasEditing editing) {
        this.editing = editing;
        this.dialogs = new NoteDialogs(editing);
        this.pictures = new PictureChoice(editing);
    }

    /** The menu of the note at the point, in map coordinates; empty when no note is there. */
    public Optional<ContextMenu> at(double x, double y) {
        Optional<String> noteId = editing.layout().notes().stream().filter(box -> box.bounds().contains(x, y))
                .map(NoteBox::noteId).findFirst();
        return noteId.flatMap(id -> editing.map().findNote(id)).map(this::menu);
    }

    private ContextMenu menu(Note note) {
        CanvasMessages messages = editing.canvas().messages();
        MenuItem edit = new MenuItem(messages.get("note.menu.edit"));
        edit.setOnAction(e -> dialogs.edit(note.id()));
        MenuItem delete = new MenuItem(messages.get("note.menu.delete"));
        delete.setOnAction(e -> editing.execute(new RemoveNote(note.id())));
        ContextMenu menu = new ContextMenu(edit);
        boolean step = editing.map().findLane(note.laneId()).map(lane -> lane.kind().isBlueprint()).orElse(false);
        boolean frame = editing.map().findLane(note.laneId()).map(lane -> lane.kind() == LaneKind.STORYBOARD)
                .orElse(false);
        if (frame) {
            menu.getItems().addAll(pictureItems(note, messages));
        }
        if (step) {
            MenuItem owner = new MenuItem(messages.get("note.menu.owner"));
            owner.setOnAction(e -> dialogs.editOwner(note.id()));
            menu.getItems().addAll(owner, supportsMenu(note, messages));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        menu.setId("note-menu");
        return menu;
    }

    /** Choose, paste or remove the frame's picture. */
    private List<MenuItem> pictureItems(Note note, CanvasMessages messages) {
        MenuItem choose = new MenuItem(messages.get("note.menu.choosePicture"));
        choose.setOnAction(e -> pictures.choose(note.id()));
        MenuItem paste = new MenuItem(messages.get("note.menu.pastePicture"));
        paste.setDisable(!PictureChoice.canPaste());
        paste.setOnAction(e -> pictures.paste(note.id()));
        MenuItem remove = new MenuItem(messages.get("note.menu.removePicture"));
        remove.setDisable(note.picture() == null);
        remove.setOnAction(e -> pictures.remove(note.id()));
        return List.of(choose, paste, remove);
    }

    /** A tick for each card of the note's stage, top lane first; ticking links the step to the card. */
    private Menu supportsMenu(Note note, CanvasMessages messages) {
        JourneyMap map = editing.map();
        Menu supports = new Menu(messages.get("note.menu.supports"));
        supports.setId("note-supports");
        // The stage's cards, and any card it supports elsewhere (moved since), so every link can be undone here.
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().stream().filter(card
                -> card.stageId().equals(note.stageId()) || note.supports().contains(card.id())).toList());
        cards.sort(Comparator.comparingInt((Touchpoint card) -> map.laneIndex(card.laneId()))
                .thenComparingDouble(Touchpoint::y).thenComparingDouble(Touchpoint::x));
        for (Touchpoint card : cards) {
            String name = card.name().isBlank() ? messages.get("note.menu.unnamed") : card.name();
            CheckMenuItem item = new CheckMenuItem(name);
            item.setMnemonicParsing(false);
            item.setSelected(note.supports().contains(card.id()));
            item.setOnAction(e -> editing.execute(NoteProperties.SUPPORTS.change(note.id(), toggled(note, card.id()))));
            supports.getItems().add(item);
        }
        if (cards.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("note.menu.noCards"));
            none.setDisable(true);
            supports.getItems().add(none);
        }
        return supports;
    }

    private static List<String> toggled(Note note, String cardId) {
        List<String> ids = new ArrayList<>(note.supports());
        if (!ids.remove(cardId)) {
            ids.add(cardId);
        }
        return ids;
    }
}
