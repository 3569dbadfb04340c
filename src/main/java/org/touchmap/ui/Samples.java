package org.touchmap.ui;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapJson;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Maps bundled with the application, opened without a file so saving asks where to put a copy. */
public final class Samples {
    public static final String MEDICAL_CLINIC = "medical-clinic.cjm";

    private Samples() {
    }

    public static JourneyMap load(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The sample " + name + " is missing from the application");
            }
            return MapJson.read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MapFileException e) {
            throw new IllegalStateException("The bundled sample " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
