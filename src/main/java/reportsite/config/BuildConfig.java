package reportsite.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run works on. Paths are as the user gave them (relative to the working directory by
 * default), so that messages show short, familiar names.
 *
 * @param drafts include pages marked {@code draft: true}
 * @param safe drop raw HTML scripts, event handlers and {@code javascript:} URLs from Markdown
 * @param clean ignore the caches (pages, charts, the up-to-date check) and render everything again
 * @param baseUrl the public address of the site, overriding {@code site.base_url} of the metrics
 *     file: a publisher passes it at build time so that no address has to be committed
 */
public record BuildConfig(Path content, Path templates, Path out, boolean drafts, boolean safe, boolean clean,
                          Optional<String> baseUrl, boolean strict) {

    public BuildConfig {
        // The templates append page paths to it.
        baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    /** Warnings stay warnings. */
    public BuildConfig(Path content, Path templates, Path out, boolean drafts, boolean safe, boolean clean, Optional<String> baseUrl) {
        this(content, templates, out, drafts, safe, clean, baseUrl, false);
    }

    /** Without an address of its own: the metrics file's {@code site.base_url}, if any, holds. */
    public BuildConfig(Path content, Path templates, Path out, boolean drafts, boolean safe, boolean clean) {
        this(content, templates, out, drafts, safe, clean, Optional.empty());
    }

    /**
     * Kept between builds, beside the output folder and ignored by git: rendered charts and pages,
     * the state of the last build, the snapshot of its figures.
     */
    public Path cacheDir() {
        Path abs = out.toAbsolutePath().normalize();
        // The root has no name; such an output folder is refused before anything is cached.
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString();
        return abs.resolveSibling(".cache").resolve("report-site").resolve(name);
    }
}
