package org.touchmap.ui.voting;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.touchmap.edit.AddDot;
import org.touchmap.edit.AddParticipant;
import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.RemoveDot;
import org.touchmap.edit.RemoveParticipant;
import org.touchmap.edit.RenameParticipant;
import org.touchmap.edit.SetDotsPerPerson;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.Voting;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * What the facilitator does during a dot vote, shared by the voting window and the keys on the
 * canvas: whose dots are being placed, and the edits, each an undoable command. A change the vote
 * does not allow (a fifth dot of four, a name already taken) is not run; it leaves a message that
 * says why instead, so nothing throws at the person.
 */
public final class DotVoting {
    private final Supplier<Document> document;
    private final Selection selection;
    private final VotingText text = VotingText.current();
    private final StringProperty participant = new SimpleStringProperty(this, "participant");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    /** The map and its revision the message speaks of; any other change makes it old news. */
    private Document messageDocument;
    private long messageRevision;

    public DotVoting(Supplier<Document> document, Selection selection) {
        this.document = Objects.requireNonNull(document, "document");
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    /** The participant whose dots the keys place; {@code null} when none is chosen. */
    public StringProperty participantProperty() {
        return participant;
    }

    /** What happened last, or why it could not: shown in the voting window. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Clears the message once the map is no longer as it said: after an undo, another edit or
     * another map opened, "Mia gave a dot (2 left)" would tell of a vote that is not there.
     */
    public void mapChanged() {
        Document current = document.get();
        if (current != messageDocument || current == null || current.commands().revision() != messageRevision) {
            message.set("");
        }
    }

    /** Whether V and Shift+V on the canvas vote: while the voting window is open. */
    public BooleanProperty activeProperty() {
        return active;
    }

    Voting voting() {
        return map().voting();
    }

    /** Gives one of the chosen participant's dots to each selected card. */
    public boolean giveDot() {
        String who = chosenParticipant();
        if (who == null) {
            return false;
        }
        List<Touchpoint> cards = selectedCards();
        if (cards.isEmpty()) {
            return false;
        }
        int remaining = voting().remainingDots(who);
        if (remaining < cards.size()) {
            return refuse(text.get("message.noDotsLeft", who, voting().dotsPerPerson()));
        }
        run(cards.stream().<Command>map(card -> new AddDot(who, card.id())).toList(), "vote.addDot", who, cards);
        return say(text.get("message.gave", who, names(cards), voting().remainingDots(who)));
    }

    /** Takes one of the chosen participant's dots back from each selected card that has one. */
    public boolean takeDot() {
        String who = chosenParticipant();
        if (who == null) {
            return false;
        }
        List<Touchpoint> cards = selectedCards();
        if (cards.isEmpty()) {
            return false;
        }
        List<Touchpoint> voted = cards.stream()
                .filter(card -> voting().ballot(who).orElseThrow().dotsOn(card.id()) > 0).toList();
        if (voted.isEmpty()) {
            return refuse(text.get("message.noDotOnCard", who, names(cards)));
        }
        run(voted.stream().<Command>map(card -> new RemoveDot(who, card.id())).toList(), "vote.removeDot", who, voted);
        return say(text.get("message.tookBack", who, names(voted), voting().remainingDots(who)));
    }

    public boolean addParticipant(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            return refuse(text.get("message.nameEmpty"));
        }
        if (voting().hasParticipant(wanted)) {
            return refuse(text.get("message.nameTaken", wanted));
        }
        document.get().commands().execute(new AddParticipant(wanted));
        participant.set(wanted);
        return say("");
    }

    public boolean renameParticipant(String oldName, String newName) {
        String wanted = newName == null ? "" : newName.strip();
        if (wanted.isEmpty()) {
            return refuse(text.get("message.nameEmpty"));
        }
        RenameParticipant rename = new RenameParticipant(oldName, wanted);
        if (!rename.isExecutable(map())) {
            return refuse(text.get("message.nameTaken", wanted));
        }
        document.get().commands().execute(rename);
        participant.set(wanted);
        return say("");
    }

    public boolean removeParticipant(String name) {
        if (!voting().hasParticipant(name)) {
            return false;
        }
        document.get().commands().execute(new RemoveParticipant(name));
        if (name.equals(participant.get())) {
            participant.set(null);
        }
        return say("");
    }

    public boolean setDotsPerPerson(int dots) {
        if (dots == voting().dotsPerPerson()) {
            return true;
        }
        if (dots < voting().mostDotsUsed()) {
            String most = voting().ballots().stream().filter(b -> b.used() == voting().mostDotsUsed())
                    .findFirst().orElseThrow().participant();
            return refuse(text.get("message.dotsTooFew", most, voting().mostDotsUsed()));
        }
        document.get().commands().execute(new SetDotsPerPerson(dots));
        return say("");
    }

    private String chosenParticipant() {
        String who = participant.get();
        if (who == null || !voting().hasParticipant(who)) {
            refuse(text.get("message.chooseParticipant"));
            return null;
        }
        return who;
    }

    private List<Touchpoint> selectedCards() {
        List<Touchpoint> cards = map().touchpoints().stream()
                .filter(card -> selection.touchpoints().contains(card.id())).toList();
        if (cards.isEmpty()) {
            refuse(text.get("message.chooseCard"));
        }
        return cards;
    }

    private void run(List<Command> parts, String key, String who, List<Touchpoint> cards) {
        Command command = parts.size() == 1 ? parts.get(0)
                : new CompositeCommand(Description.of(key, who, names(cards)), parts);
        document.get().commands().execute(command);
    }

    private static String names(List<Touchpoint> cards) {
        return String.join(", ", cards.stream().map(Touchpoint::name).toList());
    }

    private JourneyMap map() {
        return document.get().map();
    }

    private boolean say(String text) {
        show(text);
        return true;
    }

    private boolean refuse(String text) {
        show(text);
        return false;
    }

    private void show(String text) {
        messageDocument = document.get();
        messageRevision = messageDocument == null ? 0 : messageDocument.commands().revision();
        message.set(text);
    }
}
