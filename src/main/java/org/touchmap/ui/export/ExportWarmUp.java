package org.touchmap.ui.export;

import java.io.OutputStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.render.SvgExport;
import org.touchmap.render.workbook.WorkbookExport;

/**
 * Exports a small made-up map once to every format, into nothing, in the background a few seconds
 * after the editor started, so the first export a person asks for does not wait for the libraries
 * under it to load and warm up. Measured on the sample map in one JVM: the first Excel export
 * took 2.7 s, the next 0.2 s; the first PNG 0.7 s, the next 0.2 s; the first PDF 0.8 s, the
 * next 0.14 s. Nothing is written but the workbook's parts, in a folder of the system's temporary
 * folder that goes with them; a failure only means the first export is slower, so it is logged and
 * forgotten.
 *
 * <p>{@code -Dtouchmap.warmUp=false} leaves it out, for measuring a cold first export.
 */
public final class ExportWarmUp {
    /** Turns the warm-up off when {@code false}. */
    public static final String PROPERTY = "touchmap.warmUp";
    /** Long enough for the window and the map to be drawn and settle first; short of a person's first export. */
    static final Duration DELAY = Duration.seconds(3);
    private static final Logger LOG = Logger.getLogger(ExportWarmUp.class.getName());

    private ExportWarmUp() {
    }

    /** Starts the warm-up {@link #DELAY} from now; call on the UI thread once the first window is shown. */
    public static void schedule() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        PauseTransition delay = new PauseTransition(DELAY);
        delay.setOnFinished(event -> {
            Thread worker = new Thread(ExportWarmUp::run, "touchmap-export-warm-up");
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            worker.start();
        });
        delay.play();
    }

    /** Runs every export once on a small map, here and now; {@code FirstExportBenchmark} measures what it saves. */
    public static void run() {
        try {
            JourneyMap map = MapGenerator.generate(GeneratorSettings.of(12, 4, 2, 2));
            PictureOptions options = PictureOptions.defaults(Locale.ROOT);
            OutputStream nowhere = OutputStream.nullOutputStream();
            WorkbookExport.writeToNowhere(map, Locale.ROOT);
            PngExport.write(map, options, nowhere);
            PdfExport.write(map, options, nowhere);
            SvgExport.svg(map, options);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "The exports could not be warmed up; the first one will take longer", e);
        }
    }
}
