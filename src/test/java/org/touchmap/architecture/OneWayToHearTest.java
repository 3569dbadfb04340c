package org.touchmap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.touchmap.edit.CommandStack;
import org.touchmap.ui.editor.MapChanges;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A view of the editor hears about the open map in one way: it follows the document through
 * {@link MapChanges}, which moves its listener from map to map and keeps the canvas first. A view
 * that listened to a command stack of its own would miss the next map opened, or hear before the
 * canvas has laid the map out.
 */
@AnalyzeClasses(packages = "org.touchmap", importOptions = ImportOption.DoNotIncludeTests.class)
class OneWayToHearTest {
    @ArchTest
    static final ArchRule viewsFollowTheDocument = noClasses()
            .that().resideInAPackage("org.touchmap.ui..").and().doNotHaveFullyQualifiedName(MapChanges.class.getName())
            .should().callMethod(CommandStack.class, "addListener", Runnable.class)
            .because("views follow the open map through MapChanges.follow");
}
