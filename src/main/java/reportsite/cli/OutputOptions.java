package reportsite.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that write a site ({@code build}, {@code serve}, {@code publish}); {@code check} has none of them. */
final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced whole on success (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--clean", description = "ignore the caches: render every page and draw every chart again, even when nothing changed")
    boolean clean;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class,
            description = "the public address of the site (overrides site.base_url): canonical links, sitemap.xml, preview images")
    String baseUrl;

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
