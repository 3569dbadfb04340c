package org.touchmap.io;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The file format stays behind the io package: no JavaFX in it, no Jackson outside it. */
class IoArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.touchmap");

    @Test
    void ioUsesNoJavaFx() {
        noClasses().that().resideInAPackage("org.touchmap.io..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void jacksonIsUsedOnlyInIo() {
        noClasses().that().resideOutsideOfPackage("org.touchmap.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void modelKnowsNothingOfFiles() {
        noClasses().that().resideInAPackage("org.touchmap.model..")
                .should().dependOnClassesThat().resideInAPackage("org.touchmap.io..")
                .check(CLASSES);
    }
}
