package reportsite.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rendered Markdown pages kept between builds, keyed by a hash of everything the HTML depends on:
 * the page's source, the metrics file, the templates, the menu, the options and the generator.
 * Entries are written only after a build without errors, and only for pages that compiled
 * without any message, so that a page taken from the cache is exactly the page a full build
 * makes. A missing or damaged entry is simply rendered again.
 */
final class PageCache {

    private static final String SUFFIX = ".page";

    /**
     * A rendered page.
     *
     * @param charts ids of the charts it embeds, in order
     * @param shows a hash of its body, to tell whether the figures it shows changed
     */
    record Entry(byte[] html, List<String> charts, String shows) {
    }

    private final Path dir;

    PageCache(Path dir) {
        this.dir = dir;
    }

    Optional<Entry> get(String key) {
        try {
            byte[] all = Files.readAllBytes(dir.resolve(key + SUFFIX));
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\n\n");
            if (end < 0 || !text.startsWith("charts:")) {
                return Optional.empty();
            }
            String[] header = text.substring(0, end).split("\n");
            if (header.length != 2 || !header[1].startsWith("shows: ")) {
                return Optional.empty();
            }
            String charts = header[0].substring("charts:".length()).trim();
            byte[] html = text.substring(end + 2).getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Entry(html, charts.isEmpty() ? List.of() : List.of(charts.split(" ")),
                    header[1].substring("shows: ".length())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the entries of a build without errors and forgets those it did not use. */
    void keepOnly(Map<String, Entry> entries, Set<String> used) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry page = e.getValue();
                String header = "charts: " + String.join(" ", page.charts()) + "\nshows: " + page.shows() + "\n\n";
                byte[] head = header.getBytes(StandardCharsets.UTF_8);
                byte[] all = Arrays.copyOf(head, head.length + page.html().length);
                System.arraycopy(page.html(), 0, all, head.length, page.html().length);
                Path tmp = Files.createTempFile(dir, e.getKey(), ".tmp");
                Files.write(tmp, all);
                Files.move(tmp, dir.resolve(e.getKey() + SUFFIX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    if (!used.contains(name.substring(0, name.length() - SUFFIX.length()))) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // The cache only saves time; a build without it is still correct.
        }
    }
}
