package org.touchmap.ui.canvas;

import org.touchmap.bench.GeneratedMap;
import org.touchmap.ui.editor.Selection;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.AppTheme;

/**
 * Shows the medical-clinic map in a window, to look at the canvas by eye. A plain launcher, so it
 * runs with JavaFX on the class path. Arguments: {@code large} for a 2,000-card map,
 * {@code select=ID} to select a card, {@code rename=ID:new name} to try long or Cyrillic names,
 * {@code zoom=0.8}, {@code fit}, {@code locale=ru}.
 */
public final class CanvasPreview {
    private CanvasPreview() {
    }

    public static void main(String[] args) {
        Application.launch(PreviewApp.class, args);
    }

    /** The preview window. */
    public static final class PreviewApp extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(AppTheme.STYLESHEET);
            var args = getParameters().getRaw();
            Locale locale = args.stream().filter(a -> a.startsWith("locale=")).findFirst()
                    .map(a -> Locale.forLanguageTag(a.substring(7))).orElse(Locale.ENGLISH);
            JourneyMap map = args.contains("large") ? GeneratedMap.cards(2000) : MedicalClinicMap.build();
            args.stream().filter(a -> a.startsWith("rename=")).map(a -> a.substring(7).split(":", 2))
                    .forEach(idAndName -> map.touchpoint(idAndName[0]).setName(idAndName[1]));
            MapCanvas canvas = new MapCanvas(locale, LayoutSettings.defaults(), new Selection());
            long start = System.nanoTime();
            canvas.show(map);
            stage.setScene(new Scene(canvas, 1500, 900));
            // The size asked for, whatever size an earlier test left the shared window at.
            stage.sizeToScene();
            stage.setTitle("Touchmap canvas preview");
            stage.show();
            System.out.printf("shown %d cards in %d ms%n", map.touchpoints().size(),
                    (System.nanoTime() - start) / 1_000_000);
            for (String arg : args) {
                if (arg.startsWith("select=")) {
                    canvas.selectedTouchpointIds().add(arg.substring(7));
                } else if (arg.startsWith("zoom=")) {
                    canvas.navigation().setZoom(Double.parseDouble(arg.substring(5)));
                } else if (arg.equals("fit")) {
                    Platform.runLater(canvas.navigation()::fitToWindow);
                }
            }
        }
    }
}
