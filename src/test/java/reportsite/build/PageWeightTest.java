package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/** Every page of the example, with what a high-density screen loads, stays within 300 KB. */
class PageWeightTest {

    static final int LIMIT = 300 * 1024;

    @Test
    void everyPageWithItsImagesIsAtMost300KB(@TempDir Path tmp) {
        Map<String, byte[]> files = new SiteBuilder(new BuildConfig(Path.of("content"), Path.of("templates"),
                tmp.resolve("out"), false, false, true)).build().files();
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
            Set<String> loaded = new HashSet<>();
            page.select("link[rel=stylesheet]").forEach(l -> loaded.add(l.attr("href")));
            page.select("script[src]").forEach(s -> loaded.add(s.attr("src")));
            // The heavier of the two candidates a browser may pick: the 2x image.
            page.select("img").forEach(img -> {
                String srcset = img.attr("srcset");
                loaded.add(srcset.isEmpty() ? img.attr("src") : srcset.substring(srcset.lastIndexOf(',') + 1).trim().split("\\s+")[0]);
            });
            long total = e.getValue().length + loaded.stream().mapToLong(f -> files.getOrDefault(f, new byte[0]).length).sum();
            assertTrue(total <= LIMIT, e.getKey() + " weighs " + total / 1024 + " KB with its images");
        }
    }
}
