package org.touchmap.ui.i18n;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the bundles of {@link Messages#PSEUDO} into the test classes, beside the real ones on the class path:
 * every text of every family 40 % longer, its Latin letters swapped for Cyrillic ones, so that a
 * window in this language shows where a text in a long language would be cut.
 */
public final class PseudoBundles {
    /** How much longer each text gets, a little more than Russian and Serbian are than English. */
    static final double GROWTH = 0.4;
    private static final String LATIN = "AaBCcEeHKMOoPpTXxy";
    private static final String CYRILLIC = "АаВСсЕеНКМОоРрТХху";
    private static final String PADDING = "ЖщЫюШэ";

    private PseudoBundles() {
    }

    /** Writes the pseudo bundle of every family; the same files each time, so running it twice is harmless. */
    public static void write() {
        try {
            // Into the test classes, so that the application's own classes and its jar never hold them.
            Path testClasses = Path.of(PseudoBundles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Map.Entry<String, Path> family : BundleFiles.families().entrySet()) {
                Properties english = BundleFiles.load(family.getValue());
                Properties pseudo = new Properties();
                english.stringPropertyNames().forEach(key -> pseudo.setProperty(key, lengthen(english.getProperty(key))));
                Path file = testClasses.resolve(family.getKey() + "_" + Messages.PSEUDO + ".properties");
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    pseudo.store(out, "Pseudo-language for the test that every text fits; written by the tests");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text with look-alike Cyrillic letters and a longer tail; placeholders such as
     * {@code {0,number}} and quoted parts of a message pattern stay as they are.
     */
    static String lengthen(String text) {
        if (text.isBlank()) {
            return text;
        }
        StringBuilder pseudo = new StringBuilder(text.length() * 2);
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
            }
            int latin = LATIN.indexOf(c);
            pseudo.append(depth == 0 && !quoted && latin >= 0 ? CYRILLIC.charAt(latin) : c);
        }
        int extra = (int) Math.ceil(text.length() * GROWTH);
        pseudo.append(' ');
        for (int i = 0; i < extra - 1; i++) {
            pseudo.append(PADDING.charAt(i % PADDING.length()));
        }
        return pseudo.toString();
    }
}
