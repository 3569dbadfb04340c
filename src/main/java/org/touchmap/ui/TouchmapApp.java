package org.touchmap.ui;

import org.touchmap.ui.document.Autosave;
import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.document.CrashedSaveTidying;
import org.touchmap.ui.document.RecentFiles;
import org.touchmap.ui.document.RecoveryOffer;
import org.touchmap.ui.document.Samples;
import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.ui.export.ExportWarmUp;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.LanguageChoice;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop application. It first offers to restore work a previous run left unsaved (see
 * {@link RecoveryOffer}). Started with a file it opens that file; without one, and with nothing
 * restored, it opens the most recent file, or the bundled medical-clinic sample when there is none.
 * The first window shows that map from its first frame; until then the jar's splash picture
 * (see {@link Splash}) says the application is on its way.
 */
public final class TouchmapApp extends Application {
    private static final Logger LOG = Logger.getLogger(TouchmapApp.class.getName());

    /** Overrides the interface language, e.g. {@code -Dtouchmap.lang=ru}; wins over the choice in View → Language. */
    public static final String LANGUAGE_PROPERTY = "touchmap.lang";

    private RecentFiles recent;
    private RecoveryStore recovery;

    @Override
    public void start(Stage stage) {
        String language = System.getProperty(LANGUAGE_PROPERTY);
        if (language != null && !language.isBlank()) {
            Messages.setLocale(Locale.forLanguageTag(language));
        } else {
            LanguageChoice.forUser().stored().ifPresent(Messages::setLocale);
        }
        Application.setUserAgentStylesheet(AppTheme.STYLESHEET);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUnexpected(stage, error));

        recent = RecentFiles.forUser();
        recovery = RecoveryStore.forUser();
        CrashedSaveTidying.tidyInBackground(recovery, recent.existing());
        // The question comes before any window; its closing must not count as the last window closing.
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        List<RecoveryOffer.Restored> restored = new RecoveryOffer(recovery, null).ask();
        restored.forEach(copy -> newWindow(stage, copy.sessionId()).show(copy.document()));

        List<String> args = getParameters().getRaw();
        if (!args.isEmpty() || restored.isEmpty()) {
            Optional<Path> first = args.isEmpty() ? recent.existing().stream().findFirst() : Optional.of(Path.of(args.get(0)));
            Supplier<Document> sample = () -> new Document(Samples.load(Samples.MEDICAL_CLINIC, Messages.locale()), null);
            MainWindow window = newWindow(stage, RecoveryStore.newSessionId());
            first.ifPresentOrElse(file -> window.show(file, sample), () -> window.show(sample.get()));
        }
        Platform.setImplicitExit(implicitExit);
        StartupProbe.watch(stage);
        ExportWarmUp.schedule();
    }

    /**
     * A window that keeps recovery copies under {@code sessionId}, not shown yet: the primary
     * stage for the first window, a new one for each further restored map.
     */
    private MainWindow newWindow(Stage primary, String sessionId) {
        Stage stage = primary.isShowing() ? new Stage() : primary;
        MainWindow window = new MainWindow(stage, FilePicker.system(), recent);
        window.setDesktopOpener(getHostServices()::showDocument);
        new Autosave(window.documentProperty(), stage, recovery, sessionId,
                Autosave.interval(recent.settingsNode("autosave")));
        Splash.revealAfterFirstFrame(stage);
        return window;
    }

    /**
     * A failure nobody planned for: log it for the developers, tell the person in one sentence,
     * keep the window and the map open so nothing is lost.
     */
    private static void reportUnexpected(Stage stage, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error", error);
        Platform.runLater(() -> Dialogs.error(stage, Messages.get("error.unexpected.header"),
                Messages.get("error.unexpected.detail", String.valueOf(error.getMessage()))));
    }
}
