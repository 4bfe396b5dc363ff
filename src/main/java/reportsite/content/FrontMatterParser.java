package reportsite.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.data.NodeReader;
import reportsite.data.YamlDocument;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.source.SourceFile;

/** Splits a Markdown file into front matter and body, and reads the front matter. */
public final class FrontMatterParser {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "lpt1", "sources", "compare",
            "404", "data-updates");
    private static final Set<String> KEYS = Set.of("title", "description", "order", "slug", "date", "draft", "summary");

    /**
     * @param bodyStart where the body starts in the file's text: the body is not kept apart, since
     *     a page's cache key holds its file, and hashing its text twice cost more than cutting it
     * @param bodyLine the 1-based line of the file where the body starts
     */
    public record Parsed(PageMeta meta, int bodyStart, int bodyLine) {

        /** The body of {@code file}, the file this was parsed from. */
        public String body(SourceFile file) {
            return file.text().substring(bodyStart);
        }
    }

    private FrontMatterParser() {
    }

    /**
     * @param folder the folder of the page's edition under the content folder ("zh/"), or "": a
     *     page's default slug is its path within that folder, so that a translation keeps it
     */
    public static Optional<Parsed> parse(SourceFile file, String folder, Diagnostics diagnostics) {
        String text = file.text();
        SourceText st = file.sourceText();
        String defaultSlug = defaultSlug(file.relative().substring(file.relative().startsWith(folder) ? folder.length() : 0));
        if (!text.startsWith("---\n")) {
            diagnostics.error(st, st.at(1, 1), "missing front matter",
                    "start the page with '---', a line 'title: …', and '---'");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        int endLen = 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            endLen = 4;
        }
        if (end < 0) {
            diagnostics.error(st, st.at(1, 1), "front matter is not closed", "add a line '---' after the front matter");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + endLen);
        int bodyLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        SourceText yamlText = new SourceText(st.file(), yaml);
        Optional<Node> root = YamlDocument.parse(yamlText, 1, diagnostics);
        if (root.isEmpty()) {
            if (yaml.isBlank()) {
                diagnostics.error(st, st.at(2, 1), "front matter is empty", "add at least 'title: …'");
            }
            return Optional.empty();
        }
        // Positions are reported against the whole file: the YAML starts on line 2.
        NodeReader in = new NodeReader(st, 1, diagnostics);
        return in.mapping(root.get(), "the front matter").map(f -> {
            f.allowOnly(KEYS);
            String title = f.requiredString("title").orElse("");
            String slug = f.string("slug").orElse(defaultSlug);
            if (!SLUG.matcher(slug).matches() || RESERVED.contains(slug)) {
                Position at = f.get("slug").map(in::at).orElse(st.at(1, 1));
                diagnostics.error(st, at, "invalid slug '" + slug + "'",
                        "a slug is 1-80 lower-case letters, digits and '-', and not a reserved name ("
                                + String.join(", ", RESERVED.stream().sorted().toList()) + ")");
            }
            boolean draft = f.get("draft").map(n -> {
                Optional<String> v = in.text(n, "draft");
                if (v.isPresent() && !v.get().equals("true") && !v.get().equals("false")) {
                    in.error(n, "'draft' must be true or false", "");
                }
                return v.map("true"::equals).orElse(false);
            }).orElse(false);
            PageMeta meta = new PageMeta(title, f.string("description", ""), f.integer("order", -1_000_000, 1_000_000).orElse(100),
                    slug, f.string("date"), draft, f.string("summary", ""));
            return new Parsed(meta, bodyStart, bodyLine);
        });
    }

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    static String defaultSlug(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        name = NOT_SLUG.matcher(name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT)).replaceAll("-");
        String dir = relative.contains("/") ? NOT_SLUG.matcher(relative.substring(0, relative.lastIndexOf('/'))
                .toLowerCase(Locale.ROOT)).replaceAll("-") + "-" : "";
        String slug = EDGE_DASHES.matcher(dir + name).replaceAll("");
        return slug.isEmpty() ? "page" : slug;
    }
}
