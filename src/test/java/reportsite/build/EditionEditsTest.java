package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportsite.config.BuildConfig;
import reportsite.diag.UserError;

/**
 * Property, across editions: whatever was edited, in English or Chinese, an incremental build
 * publishes exactly the bytes a clean build of the same inputs makes, and a build that fails
 * fails again, unchanged, until its cause is mended. Random sequences from a fixed seed over the
 * golden fixture (English at the root, Chinese under {@code zh/}): a page or translation added,
 * removed or re-slugged; an interface string of either language; a template broken and mended;
 * an asset; a figure; an entity's colour; a chart declaration. Run through one process (as
 * {@code serve} runs builds) and through separate builds.
 */
class EditionEditsTest {

    static final long SEED = 20261203L;
    static final int STEPS = 32;

    @TempDir
    Path root;

    private Path content;
    private Path templates;
    private final Random random = new Random(SEED);
    private final List<String> added = new ArrayList<>();
    private int counter;
    /** A template broken by the last edit, to mend with the next. */
    private String broken;

    @ParameterizedTest(name = "one process: {0}")
    @ValueSource(booleans = {false, true})
    void incrementalBuildsOfBothEditionsEqualCleanBuilds(boolean oneProcess) throws IOException {
        content = root.resolve("content");
        templates = root.resolve("templates");
        PathUtils.copyDirectory(GoldenSiteTest.FIXTURE, content);
        PathUtils.copyDirectory(Path.of("templates"), templates);
        BuildConfig incremental = new BuildConfig(content, templates, root.resolve("site"), false, false, false);
        BuildCache memory = new MemoryCache(new DiskCache(incremental.cacheDir()));
        Supplier<SiteBuilder> builder = () -> oneProcess ? new SiteBuilder(incremental, memory) : new SiteBuilder(incremental);
        builder.get().build();

        List<String> log = new ArrayList<>();
        int failures = 0;
        for (int step = 1; step <= STEPS; step++) {
            String done = broken != null ? mend() : edit();
            log.add(step + ": " + done);
            if (broken != null) {
                // A failed build writes nothing and keeps nothing: the same first error every time.
                UserError first = assertThrows(UserError.class, () -> builder.get().build(), () -> String.join("\n", log));
                UserError again = assertThrows(UserError.class, () -> builder.get().build(), () -> String.join("\n", log));
                assertEquals(first.diagnostics().get(0).toString(), again.diagnostics().get(0).toString(), () -> String.join("\n", log));
                failures++;
                continue;
            }
            builder.get().build();
            Path fresh = root.resolve("clean-" + step).resolve("site");
            new SiteBuilder(new BuildConfig(content, templates, fresh, false, false, true)).build();
            var expected = MiniSite.digest(MiniSite.tree(fresh));
            var actual = MiniSite.digest(MiniSite.tree(incremental.out()));
            assertEquals(expected, actual, () -> "incremental output differs from a clean build after:\n" + String.join("\n", log));
        }
        assertTrue(failures > 0, () -> "a failed step is exercised:\n" + String.join("\n", log));
        for (String kind : List.of("translation", "slug", "string", "figure", "colour", "chart", "asset")) {
            assertTrue(log.stream().anyMatch(l -> l.contains(kind)), () -> kind + " is exercised:\n" + String.join("\n", log));
        }
    }

    /** One random edit; a broken template is left for {@link #mend}. */
    private String edit() throws IOException {
        String token = "t" + (++counter);
        switch (random.nextInt(9)) {
            case 0 -> {
                String page = "extra-" + token + ".md";
                write("content/" + page, "---\ntitle: Extra " + token + "\norder: 5\n---\nAcme: {{ acme.capex@FY2026-Q1 }} [1].\n");
                added.add(page);
                return "add page " + page;
            }
            case 1 -> {
                // A translation of a page that had none: the English page's language switch must follow.
                List<String> untranslated = new ArrayList<>();
                for (String page : pages()) {
                    if (!Files.exists(content.resolve("zh/" + page))) {
                        untranslated.add(page);
                    }
                }
                if (untranslated.isEmpty()) {
                    return edit();
                }
                String page = untranslated.get(random.nextInt(untranslated.size()));
                write("content/zh/" + page, "---\ntitle: 译文" + token + "\norder: 5\n---\n高点公司：{{ acme.capex@FY2026-Q1 }}[1]。\n");
                return "add translation zh/" + page;
            }
            case 2 -> {
                List<String> translated = new ArrayList<>();
                for (String page : pages()) {
                    if (!page.equals("index.md") && Files.exists(content.resolve("zh/" + page))) {
                        translated.add(page);
                    }
                }
                if (translated.isEmpty()) {
                    return edit();
                }
                String page = translated.get(random.nextInt(translated.size()));
                Path p = content.resolve("zh/" + page);
                if (random.nextBoolean()) {
                    Files.delete(p);
                    return "remove translation zh/" + page;
                }
                String text = Files.readString(p).replaceFirst("(?m)^slug: .*\\n", "");
                write("content/zh/" + page, text.replaceFirst("---\n", "---\nslug: zh-" + token + "\n"));
                return "re-slug translation zh/" + page;
            }
            case 3 -> {
                String lang = random.nextBoolean() ? "en" : "zh";
                Path p = templates.resolve("i18n/" + lang + ".yaml");
                String text = Files.readString(p);
                String edited = text.replaceFirst("(built_with: [^\\n]*?)( ?[t0-9]*)\\n", "$1 " + token + "\n");
                assertTrue(!edited.equals(text), lang);
                Files.writeString(p, edited);
                return "edit " + lang + " interface string";
            }
            case 4 -> {
                String[] choices = {"partials/figure.ftlh", "page.ftlh"};
                String name = choices[random.nextInt(choices.length)];
                Path p = templates.resolve(name);
                Files.writeString(p, Files.readString(p) + "${titel}\n");
                broken = name;
                return "break template " + name;
            }
            case 5 -> {
                Path p = templates.resolve("assets/style.css");
                Files.writeString(p, Files.readString(p) + "\n/* " + token + " */\n");
                return "edit asset";
            }
            case 6 -> {
                Path p = content.resolve("metrics.yaml");
                String text = Files.readString(p);
                String edited = text.replaceFirst("value: ([0-9]+)\\.?[0-9]*", "value: " + (10 + random.nextInt(40)) + "." + counter % 10);
                Files.writeString(p, edited);
                return "edit figure";
            }
            case 7 -> {
                Path p = content.resolve("metrics.yaml");
                String colour = String.format("#%06X", random.nextInt(0x1000000));
                Files.writeString(p, Files.readString(p).replaceFirst("colour: \"#[0-9A-Fa-f]{6}\"", "colour: \"" + colour + "\""));
                return "edit entity colour";
            }
            default -> {
                Path p = content.resolve("metrics.yaml");
                Files.writeString(p, Files.readString(p).replaceFirst("title: \\{en: \"Capex[^\"]*\"", "title: {en: \"Capex " + token + "\""));
                return "edit chart declaration";
            }
        }
    }

    private String mend() throws IOException {
        Path p = templates.resolve(broken);
        Files.writeString(p, Files.readString(p).replace("${titel}\n", ""));
        String done = "mend template " + broken;
        broken = null;
        return done;
    }

    private List<String> pages() throws IOException {
        try (var list = Files.list(content)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }

    private void write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Path tmp = Files.createTempFile(p.getParent(), ".write", ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, p, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
