package org.touchmap.ui.document;

import org.touchmap.ui.Dialogs;
import org.touchmap.io.MapFileException;
import org.touchmap.io.recovery.RecoveryCopy;
import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * At start, offers the work that a Touchmap which ended without saving left in the recovery store:
 * one question listing every copy, answered with Restore, Discard or Later (Escape). Restored maps
 * come back unsaved and tied to their original file, so the next Save writes there.
 */
public final class RecoveryOffer {
    private static final Logger LOG = Logger.getLogger(RecoveryOffer.class.getName());

    /** A restored map and the session whose copy now belongs to it. */
    public record Restored(Document document, String sessionId) {
    }

    private final RecoveryStore store;
    private final Window owner;

    public RecoveryOffer(RecoveryStore store, Window owner) {
        this.store = store;
        this.owner = owner;
    }

    /** Asks about the copies of ended processes, if there are any, and returns the maps to open. */
    public List<Restored> ask() {
        List<RecoveryCopy> copies = store.list();
        if (copies.isEmpty()) {
            return List.of();
        }
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(Messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, describe(copies), restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("recovery.header"));
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            return restoreAll(copies);
        }
        if (answer.isPresent() && answer.get() == discard) {
            copies.forEach(this::discard);
        }
        return List.of();
    }

    private static String describe(List<RecoveryCopy> copies) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(ZoneId.systemDefault());
        String entries = copies.stream()
                .map(copy -> "• " + Messages.get("recovery.entry", titleOf(copy), time.format(copy.written()),
                        whereFrom(copy)))
                .collect(Collectors.joining("\n"));
        return entries + "\n\n" + Messages.get("recovery.detail");
    }

    private static String titleOf(RecoveryCopy copy) {
        return copy.title().isBlank() ? Messages.get("document.untitled") : copy.title();
    }

    /** The original file, and whether it went away or changed after the copy was written. */
    private static String whereFrom(RecoveryCopy copy) {
        if (copy.original().isEmpty()) {
            return Messages.get("recovery.neverSaved");
        }
        Path file = copy.original().get();
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return modified.isAfter(copy.written())
                    ? Messages.get("recovery.fileChanged", file.toString())
                    : file.toString();
        } catch (IOException e) {
            return Messages.get("recovery.fileMissing", file.toString());
        }
    }

    private List<Restored> restoreAll(List<RecoveryCopy> copies) {
        List<Restored> restored = new ArrayList<>();
        for (RecoveryCopy copy : copies) {
            restore(copy).ifPresent(restored::add);
        }
        return restored;
    }

    private Optional<Restored> restore(RecoveryCopy copy) {
        JourneyMap map;
        try {
            map = store.load(copy);
        } catch (MapFileException e) {
            setAside(copy, e);
            return Optional.empty();
        }
        try {
            store.adopt(copy);
        } catch (IOException e) {
            // Another Touchmap started now might offer the copy too; the map itself is safe either way.
            LOG.log(Level.WARNING, "Could not take over the recovery copy " + copy.mapFile(), e);
        }
        Document document = new Document(map, copy.originalFile());
        document.commands().markUnsaved();
        return Optional.of(new Restored(document, copy.sessionId()));
    }

    private void setAside(RecoveryCopy copy, MapFileException failure) {
        String keptAs;
        try {
            keptAs = store.setAside(copy).toString();
        } catch (IOException e) {
            keptAs = copy.mapFile().toString();
        }
        Dialogs.error(owner, Messages.get("recovery.broken.header", titleOf(copy)),
                Messages.get("recovery.broken.detail", failure.message(Messages.locale()), keptAs));
    }

    private void discard(RecoveryCopy copy) {
        try {
            store.remove(copy.sessionId());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the recovery copy " + copy.mapFile(), e);
        }
    }
}
