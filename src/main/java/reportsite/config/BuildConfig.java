package reportsite.config;

import java.nio.file.Path;

/**
 * What one run works on. Paths are as the user gave them (relative to the working directory by
 * default), so that messages show short, familiar names.
 *
 * @param drafts include pages marked {@code draft: true}
 * @param safe drop raw HTML scripts, event handlers and {@code javascript:} URLs from Markdown
 */
public record BuildConfig(Path content, Path templates, Path out, boolean drafts, boolean safe) {

    public static BuildConfig defaults() {
        return new BuildConfig(Path.of("content"), Path.of("templates"), Path.of("site"), false, false);
    }
}
