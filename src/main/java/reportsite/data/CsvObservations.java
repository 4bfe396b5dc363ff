package reportsite.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.diag.Suggest;

/**
 * A CSV file of observations, one figure a row under a header naming the columns of the YAML
 * form ({@code entity,metric,period,value,sources,confidence,note,next_update}), turned into the
 * nodes the YAML form would give, each marked with its row and column in the CSV file. The
 * figures then go through the very reader of the YAML form: the same checks, the same messages,
 * at {@code data/capex.csv:LINE:COLUMN}.
 *
 * <p>A value is written as in the pages' short forms: {@code 12.3}, {@code ~12.3} (about),
 * {@code >400}, {@code <5}, {@code 175-185} (a range); sources as ids separated by {@code ;} or
 * spaces. A note in another language goes in a column {@code note.<code>} ({@code note.zh}).
 * Parsing (quotes, commas and line breaks in quoted cells) is Commons CSV's; a BOM and CRLF line
 * ends are dropped when the file is read.
 */
final class CsvObservations {

    static final List<String> REQUIRED = List.of("entity", "metric", "period", "value", "sources", "confidence");
    static final List<String> OPTIONAL = List.of("note", "next_update");
    private static final Pattern NOTE_IN = Pattern.compile("note\\.([a-z]{2})");
    private static final Pattern RANGE = Pattern.compile("(-?[0-9][0-9_]*(?:\\.[0-9]+)?)\\s*-\\s*(-?[0-9][0-9_]*(?:\\.[0-9]+)?)");
    private static final Pattern BOUND = Pattern.compile("([~><])\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SOURCE_ID = Pattern.compile("[^;\\s,]+");
    private static final CoreScalarResolver RESOLVER = new CoreScalarResolver();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final String defaultLanguage;

    /** @param defaultLanguage the code of the site's default language, the language of the {@code note} column */
    CsvObservations(SourceText source, Diagnostics diagnostics, String defaultLanguage) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.defaultLanguage = defaultLanguage;
    }

    /** One mapping node per row, as an item of the YAML {@code observations} list would be; none after a header error. */
    List<Node> rows() {
        List<Node> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(source.text()), FORMAT)) {
            Map<String, Integer> header = null;
            for (CSVRecord record : parser) {
                int[] starts = cellStarts((int) record.getCharacterPosition(), record.size());
                if (header == null) {
                    header = header(record, starts);
                    if (header.isEmpty()) {
                        return List.of();
                    }
                    continue;
                }
                row(record, starts, header).ifPresent(out::add);
            }
            if (header == null) {
                diagnostics.error(source, source.at(1, 1), "empty CSV file: no header",
                        "start with the header line " + String.join(",", REQUIRED) + "," + String.join(",", OPTIONAL));
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV names the line in its message; the file is reported whole otherwise.
            Matcher line = Pattern.compile("line:? (\\d+)").matcher(String.valueOf(e.getMessage()));
            Position at = line.find() ? source.at(Integer.parseInt(line.group(1)), 1) : Position.ofFile(source.file());
            diagnostics.error(source, at, "CSV syntax: " + e.getMessage(),
                    "a cell with a comma, a quote or a line break is written in double quotes, a quote inside it doubled (\"\")");
        }
        return out;
    }

    /** Column name → index; empty after reporting a missing, unknown or repeated column. */
    private Map<String, Integer> header(CSVRecord record, int[] starts) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(REQUIRED);
        known.addAll(OPTIONAL);
        boolean ok = true;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            Position at = source.atOffset(starts[i]);
            if (!known.contains(name) && !NOTE_IN.matcher(name).matches()) {
                diagnostics.error(source, at, "unknown column '" + name + "'", Suggest.hint(name, known));
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                diagnostics.error(source, at, "column '" + name + "' appears twice", "keep one of them");
                ok = false;
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                diagnostics.error(source, source.atOffset(starts[0]), "missing column '" + name + "'",
                        "the header names the columns " + String.join(",", REQUIRED) + " and, if used, " + String.join(",", OPTIONAL));
                ok = false;
            }
        }
        return ok ? columns : Map.of();
    }

    private Optional<Node> row(CSVRecord record, int[] starts, Map<String, Integer> header) {
        Mark rowMark = mark(starts[0]);
        if (record.stream().allMatch(String::isBlank)) {
            return Optional.empty(); // a blank row, as spreadsheets leave at the end: ",,,,,,"
        }
        if (record.size() != header.size()) {
            diagnostics.error(source, source.atOffset(starts[0]), "this row has " + record.size() + " cells, the header "
                    + header.size(), "write one cell per column; put a cell holding a comma in double quotes");
            return Optional.empty();
        }
        List<NodeTuple> fields = new ArrayList<>();
        Map<String, ScalarNode> notes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> column : header.entrySet()) {
            String name = column.getKey();
            String cell = record.get(column.getValue());
            int at = starts[column.getValue()] + leadingQuote(starts[column.getValue()]);
            if (cell.isBlank()) {
                if (REQUIRED.contains(name)) {
                    // As YAML's "value:" with nothing after it: reported missing at the empty cell.
                    fields.add(new NodeTuple(text(name, at), new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN,
                            Optional.of(mark(at)), Optional.of(mark(at)))));
                }
                continue; // an optional one is left out
            }
            Matcher note = NOTE_IN.matcher(name);
            if (name.equals("note") || note.matches()) {
                notes.put(note.matches() ? note.group(1) : defaultLanguage, text(cell, at));
                continue;
            }
            Node value = switch (name) {
                case "value" -> value(cell, at);
                case "sources" -> sources(cell, at);
                default -> text(cell.strip(), at);
            };
            fields.add(new NodeTuple(text(name, at), value));
        }
        if (notes.size() == 1 && notes.containsKey(defaultLanguage)) {
            fields.add(new NodeTuple(text("note", starts[0]), notes.get(defaultLanguage)));
        } else if (!notes.isEmpty()) {
            List<NodeTuple> texts = new ArrayList<>();
            notes.forEach((code, node) -> texts.add(new NodeTuple(text(code, starts[0]), node)));
            fields.add(new NodeTuple(text("note", starts[0]), new MappingNode(Tag.MAP, true, texts, FlowStyle.FLOW,
                    Optional.of(rowMark), Optional.of(rowMark))));
        }
        return Optional.of(new MappingNode(Tag.MAP, true, fields, FlowStyle.BLOCK, Optional.of(rowMark), Optional.of(rowMark)));
    }

    /** {@code 12.3}, {@code ~12.3}, {@code >400}, {@code <5}, {@code 175-185}: as the YAML form writes each. */
    private Node value(String cell, int at) {
        String v = cell.strip();
        int lead = cell.indexOf(v);
        Matcher range = RANGE.matcher(v);
        if (range.matches()) {
            return map(at, List.of(new NodeTuple(text("from", at), scalar(range.group(1), at + lead + range.start(1))),
                    new NodeTuple(text("to", at), scalar(range.group(2), at + lead + range.start(2)))));
        }
        Matcher bound = BOUND.matcher(v);
        if (bound.matches()) {
            String key = switch (bound.group(1)) {
                case "~" -> "about";
                case ">" -> "more_than";
                default -> "less_than";
            };
            return map(at, List.of(new NodeTuple(text(key, at), scalar(bound.group(2).strip(), at + lead + bound.start(2)))));
        }
        return scalar(v, at + lead);
    }

    /** Ids separated by ';', ',' or spaces, each at its own column. */
    private Node sources(String cell, int at) {
        List<Node> ids = new ArrayList<>();
        Matcher id = SOURCE_ID.matcher(cell);
        while (id.find()) {
            ids.add(scalar(id.group(), at + id.start()));
        }
        return new SequenceNode(Tag.SEQ, true, ids, FlowStyle.FLOW, Optional.of(mark(at)), Optional.of(mark(at)));
    }

    private MappingNode map(int at, List<NodeTuple> tuples) {
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, Optional.of(mark(at)), Optional.of(mark(at)));
    }

    /** A cell read as YAML reads a plain scalar: a number is a number. */
    private ScalarNode scalar(String value, int at) {
        return new ScalarNode(RESOLVER.resolve(value, true), true, value, ScalarStyle.PLAIN, Optional.of(mark(at)), Optional.of(mark(at)));
    }

    /** A cell that is always text (ids, words, dates, notes): "2025" as a period is not a number. */
    private ScalarNode text(String value, int at) {
        return new ScalarNode(Tag.STR, true, value, ScalarStyle.DOUBLE_QUOTED, Optional.of(mark(at)), Optional.of(mark(at)));
    }

    private Mark mark(int offset) {
        Position p = source.atOffset(offset);
        return new Mark(source.file(), offset, p.line() - 1, p.column() - 1, new int[0], 0);
    }

    /** 1 when the cell at {@code offset} starts with a quote: a position points at its text. */
    private int leadingQuote(int offset) {
        return offset < source.text().length() && source.text().charAt(offset) == '"' ? 1 : 0;
    }

    /**
     * Where each cell of the record starting at {@code offset} starts in the text. Commons CSV
     * gives a record's position, not its cells'; the cells are found by walking the record's text
     * with the same quoting rules (a comma inside quotes does not end a cell, a doubled quote
     * inside quotes stays inside).
     */
    private int[] cellStarts(int offset, int cells) {
        String t = source.text();
        int[] starts = new int[Math.max(cells, 1)];
        starts[0] = offset;
        boolean quoted = false;
        int cell = 1;
        for (int i = offset; i < t.length() && cell < cells; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                starts[cell++] = i + 1;
            } else if (!quoted && c == '\n') {
                break;
            }
        }
        for (; cell < cells; cell++) {
            starts[cell] = starts[cell - 1];
        }
        return starts;
    }
}
