package org.touchmap.edit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Edits sit just above the model: they run headless and in the command line as well as in the editor. */
class EditDependenciesTest {
    private static final JavaClasses EDIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.touchmap.edit");

    @Test
    void editUsesOnlyTheModelAndTheJdk() {
        noClasses().that().resideInAPackage("org.touchmap.edit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "javax.swing..",
                        "org.touchmap.app..", "org.touchmap.ui..", "org.touchmap.render..",
                        "org.touchmap.layout..", "org.touchmap.analysis..", "org.touchmap.io..")
                .check(EDIT);
    }
}
