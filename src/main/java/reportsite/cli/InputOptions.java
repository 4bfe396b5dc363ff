package reportsite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import reportsite.config.BuildConfig;

/** The options every command that reads the inputs shares. */
final class InputOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Markdown pages and metrics.yaml (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "FreeMarker templates and assets (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced whole on success (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Option(names = "--safe", description = "drop raw HTML written in Markdown (scripts, event handlers)")
    boolean safe;

    @Option(names = "--clean", description = "ignore the caches: render every page and draw every chart again, even when nothing changed")
    boolean clean;

    @Option(names = "--timings", description = "print the time taken by each stage")
    boolean timings;

    BuildConfig config() {
        return new BuildConfig(content, templates, out, drafts, safe, clean);
    }
}
