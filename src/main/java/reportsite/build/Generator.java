package reportsite.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The identity of the code that makes a site: this generator's jar (or class folder), the
 * libraries that draw and render, and the Java version, which can change how charts are drawn.
 * It is part of every cache key, so that a new generator never reuses what an older one made.
 */
public final class Generator {

    /** Bump when the layout of cache entries changes. */
    private static final String CACHE_FORMAT = "2";

    private Generator() {
    }

    /** Computed once per process. */
    public static String identity() {
        return Identity.HASH;
    }

    private static final class Identity {
        static final String HASH = compute();

        private static String compute() {
            try {
                List<Object> parts = new ArrayList<>(List.of(CACHE_FORMAT, System.getProperty("java.version", "")));
                parts.add(code(Generator.class));
                // The libraries that draw and lay out, by the jars they come from (their names carry the versions).
                for (String name : List.of("org.jfree.chart.JFreeChart", "freemarker.template.Configuration",
                        "com.vladsch.flexmark.html.HtmlRenderer")) {
                    parts.add(code(Class.forName(name)));
                }
                return Keys.sha256(parts);
            } catch (IOException | URISyntaxException | ClassNotFoundException | RuntimeException e) {
                // Unknown code: an identity no later run shares, so that nothing cached is reused.
                return UUID.randomUUID().toString();
            }
        }

        /**
         * A jar by its path, size and time: a rebuilt jar differs in these at once, where hashing
         * its megabytes would cost more than a build that is skipped. A class folder by its bytes.
         */
        private static String code(Class<?> c) throws IOException, URISyntaxException {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                return c.getName();
            }
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.toAbsolutePath() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            return Keys.sha256(Keys.tree(code));
        }
    }
}
