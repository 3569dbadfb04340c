package org.touchmap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layers of DESIGN.md: arrows point down only, and nothing below the UI knows JavaFX. */
@AnalyzeClasses(packages = "org.touchmap", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule layersOnlyDependDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.touchmap.app..")
            .layer("Ui").definedBy("org.touchmap.ui..")
            .layer("Render").definedBy("org.touchmap.render..")
            .layer("Layout").definedBy("org.touchmap.layout..")
            .layer("Analysis").definedBy("org.touchmap.analysis..")
            .layer("Io").definedBy("org.touchmap.io..")
            .layer("Edit").definedBy("org.touchmap.edit..")
            .layer("Model").definedBy("org.touchmap.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("App", "Ui")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("App", "Ui", "Render")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App", "Ui", "Render", "Layout")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Ui", "Render", "Layout", "Analysis")
            .whereLayer("Edit").mayOnlyBeAccessedByLayers("App", "Ui", "Render", "Layout", "Analysis", "Io")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.touchmap.model..", "org.touchmap.edit..", "org.touchmap.layout..",
                    "org.touchmap.analysis..", "org.touchmap.io..", "org.touchmap.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..",
                    "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli.javafx..");

    /** Only the renderer reads icon fonts, through Ikonli's plain-Java core (see ADR 0006). */
    @ArchTest
    static final ArchRule onlyTheRendererAndUiKnowIconFonts = noClasses()
            .that().resideInAnyPackage("org.touchmap.model..", "org.touchmap.edit..", "org.touchmap.layout..",
                    "org.touchmap.analysis..", "org.touchmap.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule theModelKnowsNoFileFormat = noClasses()
            .that().resideInAPackage("org.touchmap.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.poi..",
                    "picocli..");
}
