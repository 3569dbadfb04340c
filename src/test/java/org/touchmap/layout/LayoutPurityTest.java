package org.touchmap.layout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layout is shared with the headless exports, so it must not depend on JavaFX or on the UI. */
class LayoutPurityTest {
    private static final JavaClasses LAYOUT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.touchmap.layout");

    @Test
    void layoutDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kordamp..")
                .check(LAYOUT);
    }

    @Test
    void layoutDependsOnlyOnTheModel() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.touchmap.ui..", "org.touchmap.render..", "org.touchmap.io..",
                        "org.touchmap.edit..", "org.touchmap.app..", "org.touchmap.analysis..")
                .check(LAYOUT);
    }
}
