package org.touchmap.app.cli;

import org.touchmap.io.json.MapJson;
import org.touchmap.io.Release;
import picocli.CommandLine.IVersionProvider;

/** {@code touchmap --version}: the release and the file format it writes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"Touchmap " + Release.version() + ", file format " + MapJson.FORMAT_VERSION};
    }
}
