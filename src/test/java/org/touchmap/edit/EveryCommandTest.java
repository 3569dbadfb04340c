package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.touchmap.edit.Reversibility.assertReversible;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Checks that hold for every command: on the clinic map, undo and redo give back equal maps. */
class EveryCommandTest {

    static Stream<Arguments> catalogue() {
        return CommandCatalogue.forClinic().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void undoRestoresAnEqualMapAndRedoTheChangedOne(String name, Function<JourneyMap, Command> make) {
        JourneyMap map = MedicalClinicMap.build();

        assertReversible(map, make.apply(map));
    }

    @Test
    void theCatalogueHasAnExampleOfEveryCommandClass() {
        Set<String> commandClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.touchmap.edit").stream()
                .filter(c -> c.isAssignableTo(Command.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> exemplified = new TreeSet<>();
        CommandCatalogue.executedOnClinic().values().forEach(c -> collectClasses(c, exemplified));

        assertEquals(commandClasses, exemplified);
    }

    private static void collectClasses(Command command, Set<String> classes) {
        classes.add(command.getClass().getName());
        if (command instanceof CompositeCommand composite) {
            composite.parts().forEach(part -> collectClasses(part, classes));
        }
    }
}
