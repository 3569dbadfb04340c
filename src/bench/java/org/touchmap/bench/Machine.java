package org.touchmap.bench;

import java.util.Locale;

/** Where a benchmark ran, for the report. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Java %s (%s), %s %s, %d processors, max heap %d MiB",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024));
    }

    /** The machine, and the JavaFX version and rendering pipeline in use. */
    static String describeWithJavaFx() {
        return describe() + String.format(Locale.ROOT, ", JavaFX %s, prism %s, glass %s",
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("prism.order", "default"),
                System.getProperty("glass.platform", "default"));
    }
}
