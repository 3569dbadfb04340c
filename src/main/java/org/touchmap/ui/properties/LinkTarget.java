package org.touchmap.ui.properties;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a link field names, as an address the desktop can open: a web address (or any other
 * address with a scheme, such as {@code mailto:}) as it is; a file path as a {@code file:}
 * address, a relative one taken from the map's own folder, so a map and its evidence can move
 * together.
 */
final class LinkTarget {
    /** A scheme of two letters or more: {@code C:\\…} is a Windows path, not an address. */
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private LinkTarget() {
    }

    /** The address to open, or empty when the text is blank or no path. */
    static Optional<String> of(String text, Optional<Path> mapFile) {
        String link = text == null ? "" : text.strip();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        if (ADDRESS.matcher(link).matches()) {
            return Optional.of(link);
        }
        try {
            Path path = Path.of(link);
            Path folder = mapFile.map(Path::toAbsolutePath).map(Path::getParent).orElse(null);
            Path resolved = path.isAbsolute() || folder == null ? path : folder.resolve(path);
            return Optional.of(resolved.toAbsolutePath().normalize().toUri().toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
