package org.touchmap.ui.document;

import org.touchmap.io.MapFileException;
import org.touchmap.io.json.MapJson;
import org.touchmap.io.json.MapTitle;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Maps bundled with the application, opened without a file so saving asks where to put a copy. */
public final class Samples {
    public static final String MEDICAL_CLINIC = "medical-clinic.cjm";
    public static final String ONLINE_STORE = "online-store.cjm";
    public static final String REPAIR_SERVICE = "repair-service.cjm";
    /** The medical clinic's first visit drawn as a service blueprint. */
    public static final String CLINIC_BLUEPRINT = "clinic-blueprint.cjm";

    /** Every bundled sample, in the order a menu lists them; each has a Russian and a Serbian translation. */
    public static final List<String> ALL = List.of(MEDICAL_CLINIC, CLINIC_BLUEPRINT, ONLINE_STORE, REPAIR_SERVICE);

    private Samples() {
    }

    /**
     * The sample in {@code language} where a translation is bundled (e.g. {@code medical-clinic.ru.cjm}),
     * else the English one.
     */
    public static JourneyMap load(String name, Locale language) {
        return load(bundledName(name, language));
    }

    private static String bundledName(String name, Locale language) {
        String translated = translatedName(name, language);
        return Samples.class.getResource("/samples/" + translated) != null ? translated : name;
    }

    static String translatedName(String name, Locale language) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + language.getLanguage() + name.substring(dot);
    }

    /** The title of the sample {@code name} in {@code language}, as {@link #load(String, Locale)} would give it. */
    public static String title(String name, Locale language) {
        String file = bundledName(name, language);
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample " + file + " is missing from the application");
            }
            return MapTitle.of(in).orElseGet(() -> load(file).title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
