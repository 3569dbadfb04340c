package org.touchmap.io.recovery;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import java.nio.file.Path;

/**
 * A process that writes recovery copies in a loop until it is killed; {@link CrashDuringWriteTest}
 * starts it and kills it at a random moment. Prints one line after the first copy is complete.
 */
public final class RecoveryCopyWriterMain {
    private RecoveryCopyWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]));
        JourneyMap map = MedicalClinicMap.build();
        for (int revision = 1; ; revision++) {
            map.setTitle("Revision " + revision);
            store.write("child", map, null);
            if (revision == 1) {
                System.out.println("written");
                System.out.flush();
            }
        }
    }
}
