package org.touchmap.app.cli;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.OneLine;
import org.touchmap.io.files.OutputRefusedException;
import org.touchmap.io.files.OutputTargets;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PaperSize;
import org.touchmap.render.PdfExport;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PngExport;
import org.touchmap.render.SvgExport;
import org.touchmap.render.workbook.WorkbookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code touchmap export FILE --xlsx OUT --png OUT …}: writes the map as a workbook and pictures, without a display. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Writes a map as an Excel workbook, a PNG picture, an SVG drawing or a PDF document.",
                "The map file is never changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every file was written; one line each on standard output",
                "1:the map cannot be opened or an output cannot be written; one line on standard error says why",
                "2:the command line is wrong"})
final class ExportCommand implements Callable<Integer> {
    static final double MAX_SCALE = 10;

    @Parameters(paramLabel = "FILE", description = "the map to export (.cjm)")
    private Path file;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "write an Excel workbook")
    private Path xlsx;

    @Option(names = "--png", paramLabel = "OUT.png", description = "write a PNG picture of the whole map")
    private Path png;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "write an SVG drawing of the whole map")
    private Path svg;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "write a PDF of the whole map (one page, or a poster)")
    private Path pdf;

    @Option(names = "--poster", paramLabel = "A4|A3",
            description = "tile the PDF over pages of this size, with overlap marks; needs --pdf")
    private PaperSize poster;

    @Option(names = "--scale", paramLabel = "N", description = "picture scale, 1 = 100 %% (default: 1)")
    private Double scale;

    @Option(names = "--dpi", paramLabel = "DPI", description = "picture resolution for print, instead of --scale (96 dpi = scale 1)")
    private Integer dpi;

    @Mixin
    private PictureFlags pictureFlags;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        checkUsage();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path output : outputFiles()) {
            OutputRefusedException refused = SameFiles.refusal(spec, output, false, List.of(file));
            if (refused != null) {
                err.println("error: " + OneLine.of(refused.getMessage()));
                return 1;
            }
        }
        JourneyMap map;
        try {
            map = MapFiles.load(file);
        } catch (MapFileException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        PictureOptions options;
        try {
            options = pictureFlags.apply(PictureOptions.defaults(language.locale()), map).withScale(scale());
        } catch (IllegalArgumentException e) {
            err.println("error: " + OneLine.of(file.toString()) + ": " + OneLine.of(e.getMessage()));
            return 1;
        }
        for (Output output : outputs(map, options)) {
            try {
                output.writer().write();
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                err.println(ExportFailureText.of(output.file(), e));
                return 1;
            }
            out.println("wrote: " + OneLine.of(output.file().toString()));
        }
        return 0;
    }

    private void checkUsage() {
        if (xlsx == null && png == null && svg == null && pdf == null) {
            throw new ParameterException(spec.commandLine(), "Say what to write: --xlsx, --png, --svg or --pdf");
        }
        for (String option : List.of("--xlsx", "--png", "--svg", "--pdf")) {
            var given = spec.commandLine().getParseResult().matchedOption(option);
            String path = given == null || given.stringValues().isEmpty() ? "" : given.stringValues().get(0);
            if (path.endsWith("/") || path.endsWith(java.io.File.separator)) {
                // A path is cut of its last slash on the way in, and a file named after the folder would appear.
                throw new ParameterException(spec.commandLine(), option + " needs a file name, not a folder: " + path);
            }
        }
        if (poster != null && pdf == null) {
            throw new ParameterException(spec.commandLine(), "--poster needs --pdf OUT.pdf");
        }
        if (scale != null && dpi != null) {
            throw new ParameterException(spec.commandLine(), "Give either --scale or --dpi, not both");
        }
        if (scale != null && !(scale > 0 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most " + (int) MAX_SCALE);
        }
        if (dpi != null && !(dpi >= 24 && dpi <= 960)) {
            throw new ParameterException(spec.commandLine(), "--dpi must be between 24 and 960");
        }
        List<Path> files = new ArrayList<>();
        files.add(file);
        files.addAll(outputFiles());
        Path repeated = SameFiles.firstRepeated(files);
        if (repeated != null) {
            throw new ParameterException(spec.commandLine(), OutputTargets.sameFile(repeated, file)
                    ? "An output may not be the map itself: " + repeated
                    : "Two outputs name the same file: " + repeated);
        }
    }

    private List<Path> outputFiles() {
        List<Path> outputs = new ArrayList<>();
        for (Path output : new Path[]{xlsx, png, svg, pdf}) {
            if (output != null) {
                outputs.add(output);
            }
        }
        return outputs;
    }

    private double scale() {
        if (dpi != null) {
            return PictureOptions.scaleForDpi(dpi);
        }
        return scale == null ? 1 : scale;
    }

    private List<Output> outputs(JourneyMap map, PictureOptions options) {
        List<Output> outputs = new ArrayList<>();
        if (xlsx != null) {
            outputs.add(new Output(xlsx, () -> WorkbookExport.write(map, language.locale(), xlsx)));
        }
        if (png != null) {
            outputs.add(new Output(png, () -> PngExport.write(map, options, png)));
        }
        if (svg != null) {
            outputs.add(new Output(svg, () -> SvgExport.write(map, options, svg)));
        }
        if (pdf != null) {
            outputs.add(new Output(pdf, poster == null
                    ? () -> PdfExport.write(map, options, pdf)
                    : () -> PdfExport.writePoster(map, options, poster, pdf)));
        }
        return outputs;
    }

    private interface FileWriter {
        void write() throws IOException;
    }

    private record Output(Path file, FileWriter writer) {
    }
}
