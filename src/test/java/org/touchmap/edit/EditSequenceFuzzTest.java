package org.touchmap.edit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.touchmap.model.MedicalClinicMap;

import java.util.Random;

/**
 * Jazzer chooses every edit, undo and redo of a run of up to 200 steps (see {@link CheckedEditRun}
 * for what each step checks), then the whole history is undone and checked.
 */
class EditSequenceFuzzTest {
    private static final int MAX_STEPS = 200;

    @FuzzTest
    void anyRunOfEditsUndosAndRedosKeepsTheMapConsistentAndUndoable(FuzzedDataProvider data) {
        CheckedEditRun run = new CheckedEditRun(MedicalClinicMap.build(), new FuzzedRandom(data), 50);
        int steps = 1 + data.consumeInt(0, MAX_STEPS - 1);
        for (int i = 0; i < steps; i++) {
            String problem = run.step();
            if (problem != null) {
                throw new AssertionError(problem);
            }
        }
        String problem = run.undoAll();
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    /** Random numbers taken from the fuzzer's input; once it is used up, from a fixed sequence. */
    private static final class FuzzedRandom extends Random {
        private final transient FuzzedDataProvider data;
        private final transient Random afterwards = new Random(1);

        FuzzedRandom(FuzzedDataProvider data) {
            super(0);
            this.data = data;
        }

        @Override
        protected int next(int bits) {
            // The super constructor calls setSeed before data is set; only next() reads the input.
            int value = data != null && data.remainingBytes() >= 4 ? data.consumeInt() : afterwards.nextInt();
            return value >>> (32 - bits);
        }
    }
}
