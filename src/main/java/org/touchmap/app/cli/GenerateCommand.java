package org.touchmap.app.cli;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.OneLine;
import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.generate.GeneratorSettings;
import org.touchmap.model.generate.MapGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code touchmap generate --touchpoints N --stages S --chains C OUT.cjm}: a made-up map of any size. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Writes a made-up journey map of the given size, for trying Touchmap on large maps: "
                + "cards named after catalog channels with mixed ratings, descriptions, scores and metrics, "
                + "and chains that run through the cards stage by stage.",
                "The same options and seed always write the same bytes. An existing OUT is kept as OUT.bak."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the map was written; one line on standard output sums it up",
                "1:the file cannot be written; one line on standard error says why",
                "2:the command line is wrong"})
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT.cjm", description = "the map file to write")
    private Path file;

    @Option(names = "--touchpoints", paramLabel = "N", required = true,
            description = "number of touchpoints (cards), 0 to " + GeneratorSettings.MAX_TOUCHPOINTS)
    private int touchpoints;

    @Option(names = "--stages", paramLabel = "S", required = true,
            description = "number of stages (columns), 1 to " + GeneratorSettings.MAX_STAGES)
    private int stages;

    @Option(names = "--chains", paramLabel = "C", required = true,
            description = "number of chains, 0 to " + GeneratorSettings.MAX_CHAINS)
    private int chains;

    @Option(names = "--lanes", paramLabel = "L",
            description = "number of lanes (rows), 1 to " + GeneratorSettings.MAX_LANES + " (default: 3)")
    private int lanes = 3;

    @Option(names = "--seed", paramLabel = "X", description = "seed of the random choices (default: 1)")
    private long seed = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.of(touchpoints, stages, lanes, chains).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        OutputRefusedException refused = SameFiles.refusal(spec, file, true, List.of());
        if (refused != null) {
            spec.commandLine().getErr().println("error: " + OneLine.of(refused.getMessage()));
            return 1;
        }
        JourneyMap map = MapGenerator.generate(settings);
        try {
            MapFiles.save(map, file);
        } catch (MapFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("wrote: " + OneLine.of(file.toString()) + " — " + MapSummary.of(map));
        return 0;
    }
}
