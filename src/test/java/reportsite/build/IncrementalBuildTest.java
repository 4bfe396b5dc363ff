package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.io.file.PathUtils;
import java.util.function.Supplier;
import reportsite.publish.SitePublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;

/**
 * Property: whatever was edited, an incremental build (caches, the up-to-date check, the data
 * change report) publishes exactly the bytes a clean build of the same inputs makes in a fresh
 * folder without any cache. Random edit sequences from a fixed seed, so that a failure repeats:
 * edit a page, edit a figure, edit a template or an asset, add or remove a page, or nothing.
 */
class IncrementalBuildTest {

    static final long SEED = 20251128L;
    static final int SEQUENCES = 20;

    @TempDir
    Path root;

    private MiniSite site;
    private Path templates;
    private final Random random = new Random(SEED);
    private final List<String> added = new ArrayList<>();
    private int counter;

    /**
     * @param oneProcess all builds in one process, as the development server makes them: each
     *     takes what the last left in memory, and updates the output folder in place
     */
    @ParameterizedTest(name = "one process: {0}")
    @ValueSource(booleans = {false, true})
    void incrementalBuildsEqualCleanBuilds(boolean oneProcess) throws IOException {
        site = new MiniSite(root).write("content/metrics.yaml",
                MiniData.BASE.replace("  title: \"Mini report\"\n", "  title: \"Mini report\"\n  as_of: 2025-11-28\n"));
        templates = root.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        BuildConfig incremental = new BuildConfig(site.content(), templates, site.out(), false, false, false);
        BuildCache memory = new MemoryCache(new DiskCache(incremental.cacheDir()));
        Supplier<SiteBuilder> builder = () -> oneProcess ? new SiteBuilder(incremental, memory) : new SiteBuilder(incremental);
        builder.get().build();

        List<String> log = new ArrayList<>();
        int skipped = 0;
        int draftsWithImagesLeft = 0;
        for (int sequence = 1; sequence <= SEQUENCES; sequence++) {
            int edits = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
            List<String> done = new ArrayList<>();
            for (int e = 0; e < edits; e++) {
                done.add(edit());
            }
            log.add(sequence + ": " + (done.isEmpty() ? "no edit" : String.join(", ", done)));
            // The server's way: the pages first, the images not kept from earlier builds left as
            // they were, then the build that draws them.
            BuildResult draft = oneProcess ? builder.get().draft(SitePublisher::publish) : null;
            var drafted = MiniSite.digest(MiniSite.tree(site.out()));
            BuildResult r = draft != null && draft.notDrawn().isEmpty() ? draft : builder.get().build();
            skipped += r.upToDate() ? 1 : 0;
            assertEquals(done.isEmpty(), r.upToDate(), () -> "up to date exactly when nothing was edited\n" + String.join("\n", log));

            Path fresh = root.resolve("clean-" + sequence).resolve("site");
            new SiteBuilder(new BuildConfig(site.content(), templates, fresh, false, false, true)).build();
            var expected = MiniSite.digest(MiniSite.tree(fresh));
            if (draft != null) {
                var differ = new java.util.TreeSet<>(expected.keySet());
                differ.addAll(drafted.keySet());
                differ.removeIf(path -> java.util.Objects.equals(expected.get(path), drafted.get(path)));
                assertTrue(draft.notDrawn().containsAll(differ), () -> "a draft differs from a clean build only in the images it left: "
                        + differ + "\n" + String.join("\n", log));
                draftsWithImagesLeft += draft.notDrawn().isEmpty() ? 0 : 1;
            }
            var actual = MiniSite.digest(MiniSite.tree(site.out()));
            assertEquals(expected, actual, () -> "incremental output differs from a clean build after:\n" + String.join("\n", log));
        }
        assertTrue(!oneProcess || draftsWithImagesLeft > 0, "the seed gives a draft that leaves images to draw");
        assertTrue(skipped > 0 && skipped < SEQUENCES, "the seed gives sequences with and without edits: " + skipped);
        assertTrue(log.stream().anyMatch(l -> l.contains("figure")) && log.stream().anyMatch(l -> l.contains("template"))
                && log.stream().anyMatch(l -> l.contains("add")) && log.stream().anyMatch(l -> l.contains("remove")),
                () -> "every kind of edit is exercised:\n" + String.join("\n", log));
    }

    /** One random edit that keeps the site valid; returns what it did. */
    private String edit() throws IOException {
        String token = "t" + (++counter);
        switch (random.nextInt(5)) {
            case 0 -> {
                String page = pages().get(random.nextInt(pages().size()));
                Path p = site.content().resolve(page);
                Files.writeString(p, Files.readString(p) + "\nMore words " + token + ", and {{ globex.capex@2025-Q2 }}.\n");
                return "edit page " + page;
            }
            case 1 -> {
                Path file = site.content().resolve("metrics.yaml");
                String metrics = Files.readString(file);
                List<String> numbers = metrics.lines().filter(l -> l.matches("    value: [0-9.]+")).toList();
                String line = numbers.get(random.nextInt(numbers.size()));
                String value;
                do {
                    value = String.format(Locale.ROOT, "    value: %d.%d", 10 + random.nextInt(40), random.nextInt(10));
                } while (value.equals(line));
                String edited = metrics.replace(line + "\n", value + "\n");
                if (random.nextInt(4) == 0) {
                    edited = edited.replaceFirst("as_of: \\S+", "as_of: 2025-12-" + (10 + counter));
                }
                Files.writeString(file, edited);
                return "edit figure " + value.trim();
            }
            case 2 -> {
                String[][] choices = {{"i18n/en.yaml", "built_with: Built with report-site[^\\n]*", "built_with: Built with report-site " + token + "."},
                        {"page.ftlh", "<article[^>]*>", "<article data-v=\"" + token + "\">"},
                        {"partials/figure.ftlh", "<figure( data-v=\"[^\"]*\")?", "<figure data-v=\"" + token + "\""},
                        {"assets/style.css", "\\z", "\n/* " + token + " */\n"}};
                String[] c = choices[random.nextInt(choices.length)];
                Path p = templates.resolve(c[0]);
                String text = Files.readString(p);
                String edited = text.replaceFirst(c[1], c[2]);
                assertTrue(!edited.equals(text), c[0]);
                Files.writeString(p, edited);
                return "edit template " + c[0];
            }
            case 3 -> {
                String page = random.nextBoolean() ? "extra-" + token + ".md" : "posts/" + token + ".md";
                String body = random.nextBoolean() ? "Globex: {{ globex.capex@2025-Q2 }} [2].\n\n{{ chart capex-chart }}\n"
                        : "Acme: {{ acme.capex@FY2026-Q1 in USD }} [1].\n";
                site.write("content/" + page, "---\ntitle: Extra " + token + "\norder: " + random.nextInt(10) + "\n---\n" + body);
                added.add(page);
                return "add page " + page;
            }
            default -> {
                if (added.isEmpty()) {
                    return edit();
                }
                String page = added.remove(random.nextInt(added.size()));
                site.delete("content/" + page);
                return "remove page " + page;
            }
        }
    }

    @Test
    void aPageEditRendersThatPageAgainOnly() throws IOException {
        site = new MiniSite(root).write("content/other.md", "---\ntitle: Other\n---\nGlobex: {{ globex.capex@2025-Q2 }} [2].\n");
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        new SiteBuilder(config).build();
        Path cache = config.cacheDir().resolve("pages");
        TreeSet<String> before = entries(cache);
        assertEquals(2, before.size(), before::toString);
        site.write("content/other.md", "---\ntitle: Other\n---\nGlobex spent {{ globex.capex@2025-Q2 }} [2].\n");
        new SiteBuilder(config).build();
        TreeSet<String> after = entries(cache);
        assertEquals(2, after.size(), after::toString);
        after.retainAll(before);
        assertEquals(1, after.size(), "the home page's entry is kept, the edited page's replaced");
    }

    private static TreeSet<String> entries(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private List<String> pages() {
        try (var walk = Files.walk(site.content())) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> site.content().relativize(p).toString().replace('\\', '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
