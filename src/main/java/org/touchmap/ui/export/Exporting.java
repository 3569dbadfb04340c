package org.touchmap.ui.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.ui.Dialogs;
import org.touchmap.ui.document.FileNames;
import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** File → Export and Edit → Copy as image: what the person chose, written from a copy of the map. */
public final class Exporting {
    /** Pictures on the clipboard are drawn at this scale, sharp on high-density screens and in slides. */
    private static final double CLIPBOARD_SCALE = 2;
    /**
     * The clipboard holds a second copy of the picture, and slides and chats shrink it anyway:
     * larger maps go on it at 100 %, and the largest are better exported to PDF or SVG.
     */
    private static final long CLIPBOARD_MAX_PIXELS = 40_000_000L;

    private final Supplier<Document> document;
    private final Supplier<String> activeChainId;
    private final Window owner;
    private final FilePicker picker;
    private final ExportPreferences preferences;
    private final ExportRunner runner;
    private final ExportSize sizes = new ExportSize(Messages.locale());

    public Exporting(Supplier<Document> document, Supplier<String> activeChainId, Window owner, FilePicker picker,
                     ExportPreferences preferences, Consumer<Path> folderOpener) {
        this.document = document;
        this.activeChainId = activeChainId;
        this.owner = owner;
        this.picker = picker;
        this.preferences = preferences;
        this.runner = new ExportRunner(owner, folderOpener);
    }

    /** Asks what to export and where, then writes it in the background. */
    public void export() {
        JourneyMap map = document.get().map();
        Optional<ExportSettings> chosen =
                new ExportDialog(owner, map, activeChainId.get(), preferences, sizes).showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        ExportSettings settings = chosen.get();
        String extension = settings.format().extension();
        Optional<Path> target = picker.chooseToExport(owner, preferences.folder().orElse(null),
                        FileNames.suggest(map.title(), extension), settings.format().displayName(), extension)
                .map(file -> FileNames.withExtension(file, extension));
        target.ifPresent(file -> exportTo(settings, file));
    }

    /** Writes the current map as {@code settings} say to {@code file}, in the background. */
    void exportTo(ExportSettings settings, Path file) {
        JourneyMap snapshot = document.get().map().copy();
        runner.start(snapshot, settings, sizes.options(settings), file, () -> preferences.remember(settings, file));
    }

    /** Puts a picture of the whole map on the clipboard, for slides and chats. */
    public void copyAsImage() {
        JourneyMap map = document.get().map();
        PictureOptions options = PictureOptions.defaults(Messages.locale()).withScale(CLIPBOARD_SCALE);
        if (pixels(map, options) > CLIPBOARD_MAX_PIXELS) {
            options = options.withScale(1);
        }
        if (pixels(map, options) > CLIPBOARD_MAX_PIXELS) {
            Dialogs.error(owner, Messages.get("copyImage.failed.header"), Messages.get("copyImage.failed.detail"));
            return;
        }
        BufferedImage image = PngExport.image(map, options);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        Notifications.create().owner(owner)
                .title(Messages.get("copyImage.done.title"))
                .text(Messages.get("copyImage.done", image.getWidth(), image.getHeight()))
                .hideAfter(Duration.seconds(4))
                .showInformation();
    }

    private static long pixels(JourneyMap map, PictureOptions options) {
        java.awt.Dimension size = PngExport.size(map, options);
        return (long) size.width * size.height;
    }
}
