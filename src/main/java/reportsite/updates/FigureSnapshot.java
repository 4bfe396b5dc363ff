package reportsite.updates;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;

/**
 * The figures of one build and a hash of what each page and chart shows, kept in the cache
 * folder as a small, deterministic YAML file so that the next build can tell what changed.
 * Only figures written in the metrics file count: derived metrics follow from them.
 *
 * @param content the content folder the figures were read from (absolute): figures of another
 *     folder built into the same output folder are not compared with these
 * @param figures by key ({@code entity.metric@period})
 * @param shows by unit ({@code page:compare.html}, {@code chart:capex}): a hash of what it shows
 */
public record FigureSnapshot(String content, Optional<LocalDate> asOf, SortedMap<String, Figure> figures,
                             SortedMap<String, String> shows) {

    /** The snapshot's file in the cache folder. */
    public static final String FILE = "figures.yaml";
    static final String PAGE = "page:";
    static final String CHART = "chart:";

    /**
     * One figure.
     *
     * @param value the value exactly, for comparing ("38.68", "more than 100", "91 to 93")
     * @param text the value as the site shows it ("CN¥38.68 bn")
     */
    public record Figure(String entity, String metric, String period, String value, String text) {
    }

    public static String pageUnit(String outputPath) {
        return PAGE + outputPath;
    }

    public static String chartUnit(String id) {
        return CHART + id;
    }

    public static FigureSnapshot of(Path content, Dataset data, Map<String, String> shows) {
        SortedMap<String, Figure> figures = new TreeMap<>();
        for (Observation o : published(data)) {
            Metric m = data.metric(o.metric()).orElseThrow();
            String entity = data.entity(o.entity()).map(Entity::shortName).orElse(o.entity());
            String text = ValueFormatter.format(m, o.value(), data.currencyOf(o), o.isDerived(), ValueFormatter.Style.SHORT);
            figures.put(o.key(), new Figure(entity, m.label(), o.period().display(), exact(o.value()), text));
        }
        return new FigureSnapshot(folder(content), data.site().asOf(), figures, new TreeMap<>(shows));
    }

    /** The figures that count: those written in the data, since a derived metric's follow from them. */
    static List<Observation> published(Dataset data) {
        return data.observations().stream().filter(o -> data.metric(o.metric()).filter(m -> !m.isDerived()).isPresent()).toList();
    }

    /** The same figures, with what each page and chart shows. */
    public FigureSnapshot withShows(Map<String, String> shows) {
        return new FigureSnapshot(content, asOf, figures, new TreeMap<>(shows));
    }

    /** The name a content folder is known by in a snapshot. */
    public static String folder(Path content) {
        return content.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    static String exact(Value v) {
        if (v instanceof Value.Exact e) {
            return plain(e.amount());
        } else if (v instanceof Value.About a) {
            return "about " + plain(a.amount());
        } else if (v instanceof Value.MoreThan g) {
            return "more than " + plain(g.amount());
        } else if (v instanceof Value.LessThan l) {
            return "less than " + plain(l.amount());
        } else if (v instanceof Value.Range r) {
            return plain(r.from()) + " to " + plain(r.to());
        }
        return "text " + ((Value.Text) v).words();
    }

    /** The value {@link #exact} wrote, read back; empty for words that are not one. */
    public static Optional<Value> valueOf(String written) {
        try {
            if (written.startsWith("text ")) {
                return Optional.of(new Value.Text(written.substring(5)));
            } else if (written.startsWith("about ")) {
                return Optional.of(new Value.About(new BigDecimal(written.substring(6))));
            } else if (written.startsWith("more than ")) {
                return Optional.of(new Value.MoreThan(new BigDecimal(written.substring(10))));
            } else if (written.startsWith("less than ")) {
                return Optional.of(new Value.LessThan(new BigDecimal(written.substring(10))));
            } else if (written.contains(" to ")) {
                String[] ends = written.split(" to ", 2);
                return Optional.of(new Value.Range(new BigDecimal(ends[0]), new BigDecimal(ends[1])));
            }
            return Optional.of(new Value.Exact(new BigDecimal(written)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    /** The file's text: sorted, one figure a line, no dates but the data's own. */
    public String text() {
        StringBuilder sb = new StringBuilder(figuresText());
        shows.forEach((unit, hash) -> sb.append("  ").append(Yaml.quote(unit)).append(": ").append(Yaml.quote(hash)).append('\n'));
        return sb.toString();
    }

    /**
     * True when {@code text}, a file written by {@link #text()}, holds these same figures of the
     * same content folder: then no figure changed, whatever the pages show, and it need not be read.
     */
    public boolean sameFiguresAs(String text) {
        return text.startsWith(figuresText());
    }

    /** The file's text up to what each page and chart shows. */
    private String figuresText() {
        StringBuilder sb = new StringBuilder("# report-site: the figures of the last build, to tell what the next one changed.\n"
                + "# Written by every build; safe to delete (the next build then reports no change).\n");
        sb.append("content: ").append(Yaml.quote(content)).append('\n');
        sb.append("as_of: ").append(asOf.map(d -> Yaml.quote(d.toString())).orElse("null")).append('\n');
        sb.append("figures:\n");
        figures.forEach((key, f) -> sb.append("  ").append(Yaml.quote(key)).append(": [")
                .append(String.join(", ", List.of(Yaml.quote(f.entity()), Yaml.quote(f.metric()), Yaml.quote(f.period()),
                        Yaml.quote(f.value()), Yaml.quote(f.text())))).append("]\n"));
        sb.append("shows:\n");
        return sb.toString();
    }

    /** The text of a file written by {@link #text()}; empty when it is missing or unreadable. */
    public static Optional<String> readText(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The snapshot a text written by {@link #text()} holds; empty when it is damaged. */
    public static Optional<FigureSnapshot> parse(String text) {
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(text);
            if (!(root instanceof Map<?, ?> map) || !(map.get("figures") instanceof Map<?, ?> figs)) {
                return Optional.empty();
            }
            SortedMap<String, Figure> figures = new TreeMap<>();
            for (Map.Entry<?, ?> e : figs.entrySet()) {
                if (!(e.getValue() instanceof List<?> f) || f.size() != 5) {
                    return Optional.empty();
                }
                figures.put(String.valueOf(e.getKey()), new Figure(String.valueOf(f.get(0)), String.valueOf(f.get(1)),
                        String.valueOf(f.get(2)), String.valueOf(f.get(3)), String.valueOf(f.get(4))));
            }
            SortedMap<String, String> shows = new TreeMap<>();
            if (map.get("shows") instanceof Map<?, ?> u) {
                u.forEach((k, v) -> shows.put(String.valueOf(k), String.valueOf(v)));
            }
            Optional<LocalDate> asOf = map.get("as_of") == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(map.get("as_of"))));
            return Optional.of(new FigureSnapshot(String.valueOf(map.get("content")), asOf, figures, shows));
        } catch (YamlEngineException | DateTimeParseException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Writes a snapshot's {@link #text()} whole or not at all (a temporary file renamed over the old one). */
    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
