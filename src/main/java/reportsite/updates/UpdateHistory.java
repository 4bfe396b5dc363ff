package reportsite.updates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import reportsite.data.Language;
import reportsite.data.NodeReader;
import reportsite.data.YamlDocument;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;

/**
 * The history file {@code content/data-updates.yaml}: a list of {@link DataUpdate} entries,
 * oldest first, that {@code publish} (or {@code record}) appends to when the figures changed since
 * those of the published site. It is content like
 * any other: committed, edited by hand if need be (a {@code note:} per entry), and read with
 * positioned errors.
 *
 * <p>Changes found while the data keeps its {@code as_of} date are merged into the last entry
 * of that date rather than appended: publishing twice with the same date makes one entry from the
 * first value to the last, and recording the same change twice changes nothing.
 */
public final class UpdateHistory {

    /** The history file's name inside the content folder. */
    public static final String FILE = "data-updates.yaml";

    static final String HEADER = """
            # Data updates: report-site publish (or record) adds an entry for the figures that changed
            # since the published site, dated with the data's site.as_of. The "Data updates" page
            # lists them, newest first. Entries may be edited by hand; give one a `note:` to say why
            # the figures changed.
            """;

    private static final Map<String, FigureChange.Kind> KINDS = new LinkedHashMap<>();
    private static final Map<FigureChange.Kind, String> KIND_NEEDS = Map.of(
            FigureChange.Kind.NEW, "'after' alone",
            FigureChange.Kind.REVISED, "'before' and 'after'",
            FigureChange.Kind.REMOVED, "'before' alone");

    static {
        for (FigureChange.Kind k : FigureChange.Kind.values()) {
            KINDS.put(k.word(), k);
        }
    }

    private UpdateHistory() {
    }

    /** The entries of the history file in {@code contentDir}; none when there is no such file. */
    public static List<DataUpdate> read(Path contentDir, Diagnostics diagnostics) {
        return file(contentDir, diagnostics).map(f -> parse(f.sourceText(), diagnostics)).orElse(List.of());
    }

    /** The history file of {@code contentDir} as read now; empty when there is none. */
    public static Optional<SourceFile> file(Path contentDir, Diagnostics diagnostics) {
        Path path = contentDir.resolve(FILE);
        return Files.isRegularFile(path) ? SourceReader.readFile(contentDir, path, diagnostics) : Optional.empty();
    }

    /** The text of a history file not written yet. */
    public static SourceText empty(Path contentDir) {
        return new SourceText(display(contentDir), HEADER);
    }

    public static List<DataUpdate> parse(SourceText text, Diagnostics diagnostics) {
        return entries(text, diagnostics).stream().map(Entry::update).toList();
    }

    /** An entry and where its mapping starts. */
    private record Entry(DataUpdate update, int line, int column) {
    }

    private static List<Entry> entries(SourceText text, Diagnostics diagnostics) {
        Optional<Node> root = YamlDocument.parse(text, 0, diagnostics);
        if (root.isEmpty()) {
            return List.of();
        }
        NodeReader in = new NodeReader(text, 0, diagnostics);
        if (!(root.get() instanceof SequenceNode seq) || seq.getFlowStyle() == FlowStyle.FLOW) {
            in.error(root.get(), "the data updates file must be a list of entries, each starting with '- '",
                    "see docs/data-format.md, or delete the file to start again");
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Node node : in.list(root.get(), "data updates")) {
            in.mapping(node, "a data update").ifPresent(f -> {
                f.allowOnly(Set.of("as_of", "note", "changes"));
                List<FigureChange> changes = new ArrayList<>();
                for (Node c : f.get("changes").map(n -> in.list(n, "changes")).orElse(List.of())) {
                    in.mapping(c, "a change").ifPresent(cf -> {
                        cf.allowOnly(Set.of("figure", "kind", "entity", "metric", "period", "before", "before_value", "after"));
                        Optional<String> figure = cf.requiredString("figure");
                        // Files written before 'kind' existed say it by which of before/after they give.
                        Optional<FigureChange.Kind> kind = cf.has("kind") ? cf.choice("kind", KINDS) : Optional.empty();
                        Optional<String> before = cf.string("before");
                        Optional<String> after = cf.string("after");
                        if (before.isEmpty() && after.isEmpty()) {
                            in.error(c, "a change needs 'before', 'after' or both", "'after' alone is a new figure, 'before' alone one removed");
                            return;
                        }
                        FigureChange.Kind implied = new FigureChange("", "", "", "", before, after).kind();
                        if (kind.isPresent() && kind.get() != implied) {
                            in.error(cf.get("kind").orElseThrow(), "a change of kind '" + kind.get().word() + "' needs "
                                    + KIND_NEEDS.get(kind.get()), "this change has " + KIND_NEEDS.get(implied)
                                    + ", which makes it '" + implied.word() + "'");
                            return;
                        }
                        Optional<String> beforeValue = cf.string("before_value");
                        if (beforeValue.isPresent() && FigureSnapshot.valueOf(beforeValue.get()).isEmpty()) {
                            in.warning(cf.get("before_value").orElseThrow(), "'before_value' is not a value the build writes: '"
                                    + beforeValue.get() + "'", "write it as 22.4, about 22.4, more than 22.4, less than 22.4 or 91 to 93,"
                                    + " or delete it: other editions then show 'before' as written");
                        }
                        figure.ifPresent(fig -> changes.add(new FigureChange(fig, cf.string("entity", ""), cf.string("metric", ""),
                                cf.string("period", ""), before, after, beforeValue)));
                    });
                }
                Position at = in.at(node);
                out.add(new Entry(new DataUpdate(f.date("as_of"), notes(in, f), List.copyOf(changes)), at.line(), at.column()));
            });
        }
        return out;
    }

    /** An entry's note: one string, or one per language ({@code note: {en: …, zh: …}}). */
    private static Map<String, String> notes(NodeReader in, NodeReader.Fields f) {
        Optional<Node> node = f.get("note");
        if (node.isEmpty() || !(node.get() instanceof MappingNode)) {
            String note = f.string("note", "");
            return note.isEmpty() ? Map.of() : Map.of("", note);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        in.mapping(node.get(), "a note (one string, or one per language code)").ifPresent(byLanguage -> {
            Set<String> codes = new java.util.TreeSet<>(Language.known().stream().map(Language::code).toList());
            byLanguage.allowOnly(codes);
            byLanguage.keys().stream().filter(codes::contains).forEach(code -> byLanguage.string(code).ifPresent(text -> notes.put(code, text)));
        });
        return notes;
    }

    /** Replaces the history file of {@code contentDir} with {@code text} in one step: a reader sees the old file or the new one. */
    public static void write(Path contentDir, String text) throws IOException {
        Path tmp = Files.createTempFile(contentDir, ".data-updates", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, contentDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The history text with {@code changes} recorded; the text must be one that {@link #parse} read without errors. */
    public static String recorded(SourceText text, DataChanges changes) {
        Diagnostics ignored = new Diagnostics();
        List<Entry> entries = entries(text, ignored);
        if (ignored.hasErrors()) {
            // The build read this file without errors just before; it was edited since.
            throw new IllegalStateException(text.file() + " changed during the build");
        }
        String body = text.text().endsWith("\n") || text.text().isEmpty() ? text.text() : text.text() + "\n";
        if (!entries.isEmpty() && entries.get(entries.size() - 1).update().asOf().equals(changes.asOf())) {
            Entry last = entries.get(entries.size() - 1);
            DataUpdate merged = merge(last.update(), changes.figures());
            // The entry starts at the '-' before its mapping, at the start of that line.
            int dash = body.lastIndexOf('-', offsetOfLine(body, last.line()) + last.column() - 1);
            String before = body.substring(0, body.lastIndexOf('\n', dash) + 1);
            // An entry left with nothing goes, with the blank line that was put before it.
            return merged.changes().isEmpty() && merged.note().isEmpty() ? before.replaceAll("\n\n+$", "\n") : before + format(merged);
        }
        return body + (entries.isEmpty() ? "" : "\n") + format(new DataUpdate(changes.asOf(), "", changes.figures()));
    }

    /** One entry: the first value before this date's changes, the last value after them. */
    static DataUpdate merge(DataUpdate entry, List<FigureChange> later) {
        Map<String, FigureChange> byFigure = new LinkedHashMap<>();
        entry.changes().forEach(c -> byFigure.put(c.figure(), c));
        for (FigureChange c : later) {
            FigureChange first = byFigure.get(c.figure());
            FigureChange from = first == null ? c : first;
            FigureChange combined = new FigureChange(c.figure(), c.entity(), c.metric(), c.period(), from.before(), c.after(),
                    from.beforeValue());
            if (combined.before().equals(combined.after())) {
                byFigure.remove(c.figure());
            } else {
                byFigure.put(c.figure(), combined);
            }
        }
        List<FigureChange> all = new ArrayList<>(byFigure.values());
        all.sort(java.util.Comparator.comparing(FigureChange::figure));
        return new DataUpdate(entry.asOf(), entry.notes(), List.copyOf(all));
    }

    static String format(DataUpdate u) {
        StringBuilder sb = new StringBuilder("- as_of: ").append(u.asOf().map(Object::toString).orElse("null")).append('\n');
        if (u.notes().keySet().equals(Set.of(""))) {
            sb.append("  note: ").append(Yaml.quote(u.note())).append('\n');
        } else if (!u.notes().isEmpty()) {
            sb.append("  note:\n");
            u.notes().forEach((code, note) -> sb.append("    ").append(code).append(": ").append(Yaml.quote(note)).append('\n'));
        }
        sb.append("  changes:").append(u.changes().isEmpty() ? " []" : "").append('\n');
        for (FigureChange c : u.changes()) {
            sb.append("    - {figure: ").append(Yaml.quote(c.figure()))
                    .append(", kind: ").append(c.kind().word())
                    .append(", entity: ").append(Yaml.quote(c.entity()))
                    .append(", metric: ").append(Yaml.quote(c.metric()))
                    .append(", period: ").append(Yaml.quote(c.period()));
            c.before().ifPresent(b -> sb.append(", before: ").append(Yaml.quote(b)));
            c.beforeValue().ifPresent(v -> sb.append(", before_value: ").append(Yaml.quote(v)));
            c.after().ifPresent(a -> sb.append(", after: ").append(Yaml.quote(a)));
            sb.append("}\n");
        }
        return sb.toString();
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return Math.max(0, offset);
    }

    /** For messages: the display name of the history file of {@code contentDir}. */
    public static String display(Path contentDir) {
        return SourceReader.display(contentDir.resolve(FILE));
    }
}
