package org.touchmap.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers, read from the sources' imports. The class-file tests ({@link LayerTest}) cannot see
 * a constant of another layer, because the compiler copies its value into the class that uses
 * it; an import of one still ties the two layers together, so it is checked here.
 */
class SourceImportsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/touchmap");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.touchmap\\.(\\w+)\\.", Pattern.MULTILINE);
    /** For each layer, the layers its sources may import; layout and edit use the model alone. */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "model", Set.of("model"),
            "edit", Set.of("edit", "model"),
            "io", Set.of("io", "edit", "model"),
            "analysis", Set.of("analysis", "io", "edit", "model"),
            "layout", Set.of("layout", "model"),
            "render", Set.of("render", "layout", "analysis", "io", "edit", "model"),
            "ui", Set.of("ui", "render", "layout", "analysis", "io", "edit", "model"),
            "app", Set.of("app", "ui", "render", "layout", "analysis", "io", "edit", "model"));

    @Test
    void everySourceImportsOnlyFromItsOwnLayerOrTheOnesItMayUse() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String layer = SOURCES.relativize(file).getName(0).toString();
                Set<String> allowed = MAY_IMPORT.get(layer);
                assertTrue(allowed != null, "a layer the rule knows: " + file);
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    checked++;
                    if (!allowed.contains(imported.group(1))) {
                        wrong.add(SOURCES.relativize(file) + " imports from " + imported.group(1));
                    }
                }
            }
        }
        assertTrue(checked > 1000, "the sources' imports were read: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRuleReadsStaticImportsToo() {
        Matcher imported = IMPORT.matcher("import static org.touchmap.edit.FreeSpace.GAP;");
        assertTrue(imported.find());
        assertEquals("edit", imported.group(1));
    }
}
