package org.touchmap.ui;

import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * A test of the real main window showing the clinic sample (see {@link WindowHarness}); the
 * preferences it writes are forgotten after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    WindowHarness harness;

    /** The window goes on the primary stage the extension has set up (its {@code @Start} methods are looked for in the test class only). */
    @BeforeEach
    void showTheSample() throws TimeoutException {
        FxToolkit.setupStage(stage -> harness = new WindowHarness(stage));
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }
}
