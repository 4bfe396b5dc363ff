package reportsite.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import reportsite.config.BuildConfig;

/** The options every command that reads the inputs shares ({@code check} too); those of the output are in {@link OutputOptions}. */
final class InputOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Markdown pages and metrics.yaml (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "your overrides of the built-in theme's templates, strings and assets, file by file; it need not exist (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Option(names = "--safe", description = "drop raw HTML written in Markdown (scripts, event handlers)")
    boolean safe;

    @Option(names = "--strict", description = "treat warnings as errors: nothing is written while there is one")
    boolean strict;

    @Option(names = "--timings", description = "print the time taken by each stage")
    boolean timings;

    /** What {@code check} works on: it writes nothing, so the output's options are the defaults. */
    BuildConfig config() {
        return config(new OutputOptions());
    }

    BuildConfig config(OutputOptions output) {
        return new BuildConfig(content, templates, output.out, drafts, safe, output.clean, Optional.ofNullable(output.baseUrl), strict);
    }
}
