package org.touchmap.io;

import java.nio.file.Path;

/** Where the bundled sample maps are, whether the tests run from Maven or from an IDE. */
public final class Samples {
    private Samples() {
    }

    public static Path medicalClinic() {
        return Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve("medical-clinic.cjm");
    }
}
