package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.model.CardOverlaps;
import org.touchmap.ui.canvas.MapCanvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After every test of the user interface, checks that no card hides another on any map canvas
 * still on screen, whatever the test clicked and typed. Registered for all tests through
 * {@code META-INF/services}; tests outside {@code org.touchmap.ui} and tests that failed already
 * are left alone. It runs right after the test method, before TestFX closes the test's window.
 */
public final class NoHiddenCardsAfterUiTests implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (!context.getRequiredTestClass().getPackageName().startsWith("org.touchmap.ui")
                || context.getExecutionException().isPresent() || !FxToolkit.isFXApplicationThreadRunning()) {
            return;
        }
        List<String> problems = WaitForAsyncUtils.asyncFx(NoHiddenCardsAfterUiTests::hiddenCardsOnScreen)
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), problems, "a card hides another after " + context.getDisplayName());
    }

    private static List<String> hiddenCardsOnScreen() {
        List<String> problems = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), problems);
            }
        }
        return problems;
    }

    private static void collect(Node node, List<String> problems) {
        if (node instanceof MapCanvas canvas && canvas.map() != null) {
            problems.addAll(CardOverlaps.problems(canvas.map()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, problems));
        }
    }
}
