package org.touchmap.ui.export;

import org.touchmap.io.files.DiskSpace;
import org.touchmap.io.OneLine;
import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.ui.i18n.Messages;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why an export failed, in the interface's language and in words a person can act on. */
final class ExportFailure {
    private ExportFailure() {
    }

    static String describe(Throwable problem, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (problem instanceof IllegalArgumentException) {
            // The renderer refuses sizes it cannot draw with a message in the options' language.
            return OneLine.of(problem.getMessage());
        }
        if (problem instanceof OutOfMemoryError) {
            return Messages.get("export.failed.memory");
        }
        if (problem instanceof NoSuchFileException) {
            return Messages.get("export.failed.noFolder", folder);
        }
        if (problem instanceof OutputRefusedException refused) {
            return Messages.get("export.failed.notAFile", refused.output());
        }
        if (problem instanceof AccessDeniedException) {
            return Messages.get("export.failed.denied", folder);
        }
        if (Files.isDirectory(target)) {
            return Messages.get("export.failed.isFolder", target);
        }
        if (DiskSpace.ranOut(target, problem)) {
            return Messages.get("export.failed.diskFull", folder);
        }
        String reason = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return Messages.get("export.failed.detail", OneLine.of(reason));
    }
}
