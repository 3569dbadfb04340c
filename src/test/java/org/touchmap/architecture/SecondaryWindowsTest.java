package org.touchmap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.stage.Stage;
import org.touchmap.ui.TouchmapApp;
import org.touchmap.ui.export.Printing;
import org.touchmap.ui.keys.EscapeCloses;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every window the editor opens besides its main one closes with Escape, as a dialog does: a
 * class that makes a {@link Stage} installs {@link EscapeCloses} on it. Progress windows of an
 * export or a print are not: they close when the work is done, and hiding one would hide the only
 * sign that the work goes on.
 */
@AnalyzeClasses(packages = "org.touchmap", importOptions = ImportOption.DoNotIncludeTests.class)
class SecondaryWindowsTest {
    private static final DescribedPredicate<JavaClass> MAKE_A_WINDOW = DescribedPredicate.describe(
            "make a window (new Stage)", type -> type.getConstructorCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Stage.class)));

    @ArchTest
    static final ArchRule windowsCloseOnEscape = classes()
            .that(MAKE_A_WINDOW).and().doNotBelongToAnyOf(TouchmapApp.class, Printing.class)
            .and().doNotHaveFullyQualifiedName("org.touchmap.ui.export.ExportRunner")
            .should().callMethod(EscapeCloses.class, "install", Stage.class);
}
