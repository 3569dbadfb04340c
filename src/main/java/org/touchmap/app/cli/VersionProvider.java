package org.touchmap.app.cli;

import org.touchmap.io.MapJson;
import picocli.CommandLine.IVersionProvider;

/** {@code touchmap --version}: the release from the jar's manifest and the file format it writes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String release = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"Touchmap " + (release == null ? "(development build)" : release)
                + ", file format " + MapJson.FORMAT_VERSION};
    }
}
