package reportsite.config;

import java.nio.file.Path;

/**
 * What one run works on. Paths are as the user gave them (relative to the working directory by
 * default), so that messages show short, familiar names.
 *
 * @param drafts include pages marked {@code draft: true}
 * @param safe drop raw HTML scripts, event handlers and {@code javascript:} URLs from Markdown
 * @param clean ignore the chart cache and draw every chart again
 */
public record BuildConfig(Path content, Path templates, Path out, boolean drafts, boolean safe, boolean clean) {

    public static BuildConfig defaults() {
        return new BuildConfig(Path.of("content"), Path.of("templates"), Path.of("site"), false, false, false);
    }

    /** Rendered charts kept between builds: beside the output folder, ignored by git. */
    public Path cacheDir() {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(".cache").resolve("report-site").resolve(abs.getFileName().toString());
    }
}
