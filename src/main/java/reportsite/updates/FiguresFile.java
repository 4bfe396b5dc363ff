package reportsite.updates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.data.NodeReader;
import reportsite.data.Observation;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;
import reportsite.data.YamlDocument;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/**
 * {@code figures.json}: every figure a site shows, with its sources, written into the site by
 * every build. Readers and programs download it; the next {@code publish} (or {@code record})
 * reads it back from the published site to tell which figures changed since readers last saw
 * them. Its bytes depend on the data alone: keys sorted, figures by key, no date but the data's
 * {@code as_of}.
 */
public final class FiguresFile {

    /** Its path in the site. */
    public static final String PATH = "figures.json";
    static final String FORMAT = "report-site figures 1";

    private FiguresFile() {
    }

    /**
     * The file of {@code data}, in its language: the figures written in the data (a derived
     * metric's follow from them), each with its value as the data writes it and as a number,
     * its unit, the value as the site shows it, its sources and its confidence.
     */
    public static String of(Dataset data) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Observation o : FigureSnapshot.published(data)) {
            Metric m = data.metric(o.metric()).orElseThrow();
            Map<String, Object> f = new TreeMap<>();
            f.put("key", o.key());
            f.put("entity", o.entity());
            f.put("entity_name", data.entity(o.entity()).map(Entity::shortName).orElse(o.entity()));
            f.put("metric", m.id());
            f.put("metric_label", m.label());
            f.put("period", o.period().label());
            f.put("period_label", o.period().display());
            f.put("period_start", o.period().start().toString());
            f.put("period_end", o.period().end().toString());
            f.put("value", FigureSnapshot.exact(o.value()));
            numbers(o.value(), f);
            f.put("unit", m.unit().name().toLowerCase(java.util.Locale.ROOT));
            if (m.unit() == Metric.Unit.MONEY) {
                f.put("currency", data.currencyOf(o));
            }
            if (!m.scale().word().isEmpty()) {
                f.put("scale", m.scale().word());
            }
            if (!m.noun().isEmpty()) {
                f.put("noun", m.noun());
            }
            f.put("shown", ValueFormatter.format(m, o.value(), data.currencyOf(o), o.isDerived(), ValueFormatter.Style.SHORT));
            f.put("confidence", o.confidence().name().toLowerCase(java.util.Locale.ROOT));
            f.put("sources", o.sources().stream().map(id -> source(data, id)).toList());
            if (!o.note().isEmpty()) {
                f.put("note", o.note());
            }
            if (o.isDerived()) {
                f.put("derivation", o.derivation());
            }
            figures.add(f);
        }
        figures.sort(java.util.Comparator.comparing(f -> (String) f.get("key")));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("title", data.site().title());
        file.put("language", data.language().code());
        file.put("as_of", data.site().asOf().map(Object::toString).orElse(null));
        file.put("figures", figures);
        return Json.write(file);
    }

    /** The value as numbers: the figure ("number"), or its bounds ("low", "high") for a bound or a range. */
    private static void numbers(Value v, Map<String, Object> f) {
        if (v instanceof Value.Exact e) {
            f.put("number", e.amount());
        } else if (v instanceof Value.About a) {
            f.put("number", a.amount());
        } else if (v instanceof Value.MoreThan g) {
            f.put("low", g.amount());
        } else if (v instanceof Value.LessThan l) {
            f.put("high", l.amount());
        } else if (v instanceof Value.Range r) {
            f.put("low", r.from());
            f.put("high", r.to());
        }
    }

    private static Map<String, Object> source(Dataset data, int id) {
        Map<String, Object> s = new TreeMap<>();
        s.put("id", id);
        data.source(id).ifPresent(src -> {
            s.put("publisher", src.publisher());
            s.put("title", src.title());
            s.put("url", src.url());
            if (!src.date().isEmpty()) {
                s.put("date", src.date());
            }
        });
        return s;
    }

    /**
     * The figures of a file written by {@link #of}, as published, to compare the data with;
     * empty after reporting, at its place, what makes the text not such a file.
     */
    public static Optional<FigureSnapshot> read(SourceText text, Diagnostics diagnostics) {
        Diagnostics d = new Diagnostics();
        Optional<FigureSnapshot> figures = parse(text, d);
        d.all().forEach(diagnostics::add);
        if (d.hasErrors()) {
            return Optional.empty();
        }
        return figures;
    }

    private static Optional<FigureSnapshot> parse(SourceText text, Diagnostics d) {
        // JSON is YAML: the YAML reader gives every mistake its line and column.
        Optional<Node> root = YamlDocument.parse(text, 0, d);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        NodeReader in = new NodeReader(text, 0, d);
        Optional<NodeReader.Fields> file = in.mapping(root.get(), "a figures file");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> format = file.get().requiredString("format");
        if (format.isEmpty() || !format.get().startsWith("report-site figures ")) {
            in.error(file.get().get("format").orElse(root.get()), "not a figures file written by report-site",
                    "its \"format\" is \"" + FORMAT + "\"");
            return Optional.empty();
        }
        SortedMap<String, FigureSnapshot.Figure> figures = new TreeMap<>();
        for (Node node : in.list(file.get().required("figures").orElse(null), "figures")) {
            in.mapping(node, "a figure").ifPresent(f -> {
                Optional<String> key = f.requiredString("key");
                Optional<String> entity = f.requiredString("entity_name");
                Optional<String> metric = f.requiredString("metric_label");
                Optional<String> period = f.requiredString("period_label");
                Optional<String> value = f.requiredString("value");
                Optional<String> shown = f.requiredString("shown");
                value.filter(v -> FigureSnapshot.valueOf(v).isEmpty()).ifPresent(v -> in.error(f.get("value").orElseThrow(),
                        "'" + v + "' is not a value report-site writes", "it writes 22.4, about 22.4, more than 22.4, less than 22.4,"
                                + " 91 to 93 or text …"));
                if (key.isPresent() && entity.isPresent() && metric.isPresent() && period.isPresent() && value.isPresent() && shown.isPresent()) {
                    if (figures.put(key.get(), new FigureSnapshot.Figure(entity.get(), metric.get(), period.get(), value.get(), shown.get())) != null) {
                        in.error(f.get("key").orElseThrow(), "figure '" + key.get() + "' is listed twice", "");
                    }
                }
            });
        }
        // Changes are dated with the data's as_of now, so the published one is not read.
        return d.hasErrors() ? Optional.empty() : Optional.of(new FigureSnapshot("", Optional.empty(), figures, new TreeMap<>()));
    }
}
