package reportsite.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import reportsite.data.Language;
import reportsite.diag.Position;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/**
 * A new report: {@code content/metrics.yaml} with the entities asked for and one metric, sample
 * figures with their public sources in a CSV file that it names, a home page using a figure, a
 * claim and the chart, one page per further language, a {@code .gitignore} and the GitHub Pages
 * workflow. It builds with no warning from the jar alone: the theme is built in.
 *
 * <p>The starter's texts and sample figures are files in the jar, not strings here; this class
 * only fills in the title, the languages and the entities.
 */
public final class Starter {

    private static final String RESOURCES = "/reportsite/starter/";
    /** Starter file in the jar → where it goes in the new report. */
    private static final Map<String, String> FILES = Map.of(
            "content/metrics.yaml", "content/metrics.yaml",
            "content/data/observations.csv", "content/data/observations.csv",
            "content/index.md", "content/index.md",
            "gitignore", ".gitignore",
            "pages.yml", ".github/workflows/pages.yml");
    /** The home page of an edition other than the default one, under its folder. */
    private static final String EDITION_INDEX = "content/zh/index.md";
    /** Distinct from each other and from the sample's blue, readable on light and dark backgrounds. */
    private static final List<String> COLOURS = List.of("#E8590C", "#2F9E44", "#9C36B5", "#C2255C", "#0C8599", "#E67700");

    /**
     * @param title the report's title
     * @param entities ids of the entities the report compares (the sample entity is added)
     * @param languages the editions, the default first
     */
    public record Request(String title, List<String> entities, List<Language> languages) {
    }

    private Starter() {
    }

    /** The files of the new report, by path relative to its folder. */
    public static SortedMap<String, String> files(Request r) {
        SortedMap<String, String> out = new TreeMap<>();
        FILES.forEach((resource, target) -> out.put(target, fill(read(resource), r)));
        for (Language language : r.languages().subList(1, r.languages().size())) {
            // The starter has the pages of the languages it knows; another gets the default page to translate.
            String page = exists(EDITION_INDEX.replace("/zh/", "/" + language.code() + "/"))
                    ? read(EDITION_INDEX.replace("/zh/", "/" + language.code() + "/")) : read("content/index.md");
            out.put("content/" + language.code() + "/index.md", fill(page, r));
        }
        return out;
    }

    /** Writes the report into {@code dir}, which must be missing or empty. */
    public static void write(Path dir, Request r) {
        refuseNonEmpty(dir);
        try {
            for (Map.Entry<String, String> f : files(r).entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
        } catch (IOException e) {
            throw UserError.of(Position.ofFile(SourceReader.display(dir)), "cannot write the new report: " + e.getMessage(),
                    "choose a folder you can write to");
        }
    }

    private static void refuseNonEmpty(Path dir) {
        String name = SourceReader.display(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw UserError.of(Position.ofFile(name), name + " is a file", "name a new folder for the report");
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                if (s.iterator().hasNext()) {
                    throw UserError.of(Position.ofFile(name), "the folder " + name + " is not empty",
                            "name a new or empty folder: report-site new never overwrites a file");
                }
            } catch (IOException e) {
                throw UserError.of(Position.ofFile(name), "cannot read the folder " + name + ": " + e.getMessage(), "");
            }
        }
    }

    private static String fill(String text, Request r) {
        String languages = r.languages().stream().map(Language::code).collect(Collectors.joining(", ", "[", "]"));
        StringBuilder entities = new StringBuilder();
        List<String> ids = r.entities().stream().filter(id -> !text.contains("  - id: " + id + "\n")).distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            String name = quoted(displayName(ids.get(i)));
            entities.append("  - id: ").append(ids.get(i)).append('\n')
                    .append("    name:\n");
            for (Language l : r.languages()) {
                entities.append("      ").append(l.code()).append(": ").append(name).append('\n');
            }
            entities.append("    colour: \"").append(COLOURS.get(i % COLOURS.size())).append("\"\n")
                    .append("    currency: USD\n");
        }
        return text.replace("@TITLE@", quoted(r.title())).replace("@LANGUAGES@", languages).replace("@ENTITIES@", entities);
    }

    /** "acme-corp" → "Acme corp": a name to edit, not to guess. */
    private static String displayName(String id) {
        String words = id.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A YAML double-quoted string (also valid in front matter). */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean exists(String resource) {
        return Starter.class.getResource(RESOURCES + resource) != null;
    }

    private static String read(String resource) {
        try (InputStream in = Starter.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its starter file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
