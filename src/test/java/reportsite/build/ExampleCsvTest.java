package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import reportsite.config.BuildConfig;

/**
 * The example report with the last figures of its observations list moved to a CSV file (with a
 * BOM and CRLF line ends, as a spreadsheet saves it) builds the same site, byte for byte.
 */
class ExampleCsvTest {

    private static final List<String> COLUMNS = List.of("entity", "metric", "period", "value", "sources", "confidence", "note",
            "note.zh", "next_update");

    @Test
    void theExampleWithFiguresInCsvIsTheSameSite(@TempDir Path tmp) throws IOException {
        Path content = copy(Path.of("content"), tmp.resolve("content"));
        String yaml = Files.readString(content.resolve("metrics.yaml"));
        List<Node> items = observations(yaml);
        // The longest run at the end of the list that the CSV form can write (no text values, no derived figures):
        // moved as a block, the figures keep their order.
        int first = items.size();
        while (first > 0 && row(items.get(first - 1)).isPresent()) {
            first--;
        }
        List<Node> moved = items.subList(first, items.size());
        assertTrue(moved.size() >= 10, "only " + moved.size() + " figures can move");
        StringWriter csv = new StringWriter();
        csv.write("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            for (Node n : moved) {
                printer.printRecord(row(n).orElseThrow());
            }
        }
        assertTrue(csv.toString().contains("\r\n") && csv.toString().contains("\""), "CRLF line ends and quoted cells");
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int from = moved.get(0).getStartMark().orElseThrow().getLine();
        int to = lines.indexOf("fact_checks:");
        List<String> kept = new ArrayList<>(lines.subList(0, from));
        kept.add("observations_from: [data/observations.csv]");
        kept.addAll(lines.subList(to, lines.size()));
        Files.writeString(content.resolve("metrics.yaml"), String.join("\n", kept));
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/observations.csv"), csv.toString());

        Map<String, byte[]> expected = check(Path.of("content"), tmp.resolve("a"));
        Map<String, byte[]> actual = check(content, tmp.resolve("b"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Map<String, byte[]> check(Path content, Path out) {
        return new SiteBuilder(new BuildConfig(content, Path.of("templates"), out, false, false, true)).check().files();
    }

    private static List<Node> observations(String yaml) {
        MappingNode root = (MappingNode) new Compose(LoadSettings.builder().setUseMarks(true).build()).composeString(yaml).orElseThrow();
        return root.getValue().stream().filter(t -> ((ScalarNode) t.getKeyNode()).getValue().equals("observations"))
                .map(t -> ((SequenceNode) t.getValueNode()).getValue()).findFirst().orElseThrow();
    }

    /** The cells of an observation, when the CSV form can write it. */
    private static Optional<List<String>> row(Node node) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Node v = t.getValueNode();
            switch (key) {
                case "value" -> {
                    Optional<String> value = value(v);
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    cells.put(key, value.get());
                }
                case "sources" -> cells.put(key, ((SequenceNode) v).getValue().stream().map(s -> ((ScalarNode) s).getValue())
                        .collect(Collectors.joining(";")));
                case "note" -> {
                    if (v instanceof ScalarNode s) {
                        cells.put("note", s.getValue());
                    } else {
                        for (NodeTuple l : ((MappingNode) v).getValue()) {
                            String code = ((ScalarNode) l.getKeyNode()).getValue();
                            cells.put(code.equals("en") ? "note" : "note." + code, ((ScalarNode) l.getValueNode()).getValue());
                        }
                    }
                }
                default -> {
                    if (!(v instanceof ScalarNode s)) {
                        return Optional.empty();
                    }
                    cells.put(key, s.getValue());
                }
            }
        }
        return Optional.of(COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toList());
    }

    private static Optional<String> value(Node v) {
        if (v instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        Map<String, String> m = new java.util.HashMap<>();
        for (NodeTuple t : ((MappingNode) v).getValue()) {
            if (!(t.getValueNode() instanceof ScalarNode s)) {
                return Optional.empty();
            }
            m.put(((ScalarNode) t.getKeyNode()).getValue(), s.getValue());
        }
        if (m.keySet().equals(java.util.Set.of("from", "to"))) {
            return Optional.of(m.get("from") + "-" + m.get("to"));
        }
        String prefix = m.size() != 1 ? null : m.containsKey("about") ? "~" : m.containsKey("more_than") ? ">" : m.containsKey("less_than") ? "<" : null;
        return prefix == null ? Optional.empty() : Optional.of(prefix + m.values().iterator().next());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
