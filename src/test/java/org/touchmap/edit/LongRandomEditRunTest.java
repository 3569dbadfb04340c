package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.touchmap.model.MedicalClinicMap;

/**
 * Random edits with undo and redo, every step checked, for as long as asked:
 * {@code -Dreliability.editSteps=N} (20,000 by default; the {@code reliability} profile runs
 * 1,000,000). Every 10,000 steps the whole history is undone and checked as well.
 */
class LongRandomEditRunTest {
    private static final long STEPS = Long.getLong("reliability.editSteps", 20_000L);
    private static final long SEED = Long.getLong("reliability.seed", 20_261_123L);
    private static final int ROUND = 10_000;

    @Test
    void everyStepOfALongRandomRunKeepsTheMapConsistentAndUndoable() {
        Random random = new Random(SEED);
        long started = System.nanoTime();
        long done = 0;
        int rounds = 0;
        while (done < STEPS) {
            // Each round starts again from the sample, so the map's size stays in the range the edits aim at.
            CheckedEditRun run = new CheckedEditRun(MedicalClinicMap.build(), random, 100);
            for (int i = 0; i < ROUND && done < STEPS; i++, done++) {
                String problem = run.step();
                assertNull(problem, () -> problem + " after " + run.counts());
            }
            assertNull(run.undoAll());
            rounds++;
            if (rounds == 1 || done == STEPS) {
                System.out.printf("random edit run: %s in the last round; %d steps in all, %d rounds, %.1f s%n",
                        run.counts(), done, rounds, (System.nanoTime() - started) / 1e9);
            }
        }
        assertTrue(done >= STEPS);
    }
}
