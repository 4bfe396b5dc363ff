package reportsite.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
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

    @Option(names = "--strict", description = "treat warnings as errors: nothing is written while there is one")
    boolean strict;

    @Option(names = "--timings", description = "print the time taken by each stage")
    boolean timings;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class,
            description = "the public address of the site (overrides site.base_url): canonical links, sitemap.xml, preview images")
    String baseUrl;

    BuildConfig config() {
        return new BuildConfig(content, templates, out, drafts, safe, clean, Optional.ofNullable(baseUrl), strict);
    }

    /** Absolute http(s) addresses only: the sitemap and the preview cards need them whole. */
    static final class BaseUrl implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new TypeConversionException("'" + value + "' is not an http:// or https:// address of a site, "
                        + "such as https://example.org/report/");
            }
            return value;
        }
    }
}
