package org.touchmap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every change to a map is a command of the {@code edit} layer, so it can be undone and every
 * view hears of it through the command stack. Only {@code edit}, the model itself, and {@code io}
 * (which builds the map it reads from a file) call the model's mutators; new maps made from
 * templates, samples and generators are built inside the model.
 */
@AnalyzeClasses(packages = "org.touchmap", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandDisciplineTest {
    private static final Pattern MUTATOR =
            Pattern.compile("(set|add|remove|move|clear|put|insert|replace|rename|reorder|swap)([A-Z].*)?");

    private static final DescribedPredicate<JavaMethodCall> MODEL_MUTATOR = DescribedPredicate.describe(
            "a mutator of the model (set…, add…, remove…, move…)",
            call -> call.getTargetOwner().getPackageName().startsWith("org.touchmap.model")
                    && MUTATOR.matcher(call.getName()).matches());

    @ArchTest
    static final ArchRule onlyEditsChangeTheModel = noClasses()
            .that().resideOutsideOfPackages("org.touchmap.edit..", "org.touchmap.model..", "org.touchmap.io..")
            .should().callMethodWhere(MODEL_MUTATOR);
}
