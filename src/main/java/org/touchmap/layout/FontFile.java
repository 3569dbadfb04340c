package org.touchmap.layout;


import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Opens a bundled font, for measuring text in the layout and drawing it in pictures. Java can only open a font from a file: given a stream, it copies the font
 * into the temporary folder on every start, which fails when that folder is full and leaves a
 * copy behind whenever the process is killed. So each font is unpacked once into the user's
 * cache folder and opened from there; only when that folder cannot be written is the temporary
 * folder tried, and when both fail the picture is refused with one sentence that says why.
 */
public final class FontFile {
    /** Overrides where fonts are unpacked, e.g. for a test that fills the folder. */
    static final String FOLDER_PROPERTY = "touchmap.fonts.dir";

    /** Where the faces of DejaVu Sans are bundled, for the layout's measures and the renderer's drawing alike. */
    private static final String BUNDLED = "/org/touchmap/render/fonts/";
    private static final java.util.Map<String, Font> BUNDLED_FACES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the font's bytes from the application. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private FontFile() {
    }

    /** A face of the bundled DejaVu Sans, e.g. {@code DejaVuSans-Bold.ttf}, at size 1; opened once. */
    public static Font bundled(String fileName) {
        return BUNDLED_FACES.computeIfAbsent(fileName, name -> open(name, () -> {
            InputStream in = FontFile.class.getResourceAsStream(BUNDLED + name);
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return in;
        }));
    }

    public static Font open(String name, Source source) {
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the font " + name + " cannot be read from the application", e);
        }
        try {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, unpacked(folder(), name, bytes).toFile());
            } catch (IOException unpackFailed) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                } catch (IOException tempFailed) {
                    tempFailed.addSuppressed(unpackFailed);
                    throw new IllegalStateException("the font for pictures cannot be unpacked: neither " + folder()
                            + " nor the temporary folder " + System.getProperty("java.io.tmpdir")
                            + " can be written — free some space there", tempFailed);
                }
            }
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + name + " in the application is damaged", e);
        }
    }

    static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return cacheFolder(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home"));
    }

    /** The user's cache folder for Touchmap on each system: fonts are a copy that can always be made again. */
    static Path cacheFolder(String osName, java.util.function.UnaryOperator<String> environment, String home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.apply("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Touchmap").resolve("fonts");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Touchmap", "fonts");
        }
        // The XDG base directory rules ignore a relative XDG_CACHE_HOME.
        String cache = environment.apply("XDG_CACHE_HOME");
        boolean usable = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute();
        return (usable ? Path.of(cache) : Path.of(home, ".cache")).resolve("touchmap").resolve("fonts");
    }

    /** The font as a file in {@code folder}, written there (whole, by a rename) unless an equal copy is there already. */
    static Path unpacked(Path folder, String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return file;
        }
        Files.createDirectories(folder);
        // Named as every atomic write names its temporary file, so tidying recognises one a crash left.
        Path temp = folder.resolve("." + name + "." + java.util.UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }
}
