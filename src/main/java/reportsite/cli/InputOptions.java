package reportsite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import reportsite.config.BuildConfig;
import reportsite.diag.Position;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/** The options every command that reads the inputs shares ({@code check} too); those of the output are in {@link OutputOptions}. */
final class InputOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Markdown pages and metrics.yaml (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    /** The default folder need not exist (a report may use the built-in theme alone); a folder named with --templates must. */
    static final Path DEFAULT_TEMPLATES = Path.of("templates");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "your overrides of the built-in theme's templates, strings and assets, file by file "
                    + "(default: templates, used when it exists)")
    Path templatesOption;

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Option(names = "--safe", description = "drop raw HTML written in Markdown (scripts, event handlers)")
    boolean safe;

    @Option(names = "--strict", description = "treat warnings as errors: nothing is written while there is one")
    boolean strict;

    @Option(names = "--timings", description = "print the time taken by each stage")
    boolean timings;

    /**
     * The templates folder: the one named with {@code --templates}, which must be a folder, else
     * {@code templates} where it exists. A mistyped path would otherwise build with the built-in
     * theme alone, without a word.
     */
    Path templates() {
        if (templatesOption == null) {
            return DEFAULT_TEMPLATES;
        }
        if (!Files.isDirectory(templatesOption)) {
            String what = Files.exists(templatesOption) ? "is not a folder" : "does not exist";
            throw UserError.of(Position.ofFile("--templates"), "the templates folder " + SourceReader.display(templatesOption) + " " + what,
                    "name the folder of your template overrides, or leave --templates out to use the built-in theme"
                            + " (and ./templates where it exists)");
        }
        return templatesOption;
    }

    /** What {@code check} works on: it writes nothing, so the output's options are the defaults. */
    BuildConfig config() {
        return config(new OutputOptions());
    }

    BuildConfig config(OutputOptions output) {
        return new BuildConfig(content, templates(), output.out, drafts, safe, output.clean, Optional.ofNullable(output.baseUrl), strict);
    }
}
