package reportsite.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.diag.Position;
import reportsite.diag.Suggest;

/** Reads the {@code charts} list: chart declarations with checked references. */
final class ChartSpecReader {

    private static final Map<String, ChartSpec.ChartKind> KINDS = MetricsLoader.words(ChartSpec.ChartKind.values());
    /** More periods than this are no longer "the last few": a chart of them all needs no 'last'. */
    static final int MAX_LAST = 1_000;

    private final NodeReader in;
    private final EditionTexts texts;
    private final Map<String, Entity> entities;
    private final Map<String, Metric> metrics;

    ChartSpecReader(NodeReader in, EditionTexts texts, Map<String, Entity> entities, Map<String, Metric> metrics) {
        this.in = in;
        this.texts = texts;
        this.entities = entities;
        this.metrics = metrics;
    }

    Optional<ChartSpec> read(Node node, Map<String, Position> declared) {
        return in.mapping(node, "a chart").flatMap(f -> {
            f.allowOnly(Set.of("id", "kind", "metric", "metrics", "entities", "from", "to", "last", "currency", "title", "caption"));
            Optional<String> id = f.id("id");
            Optional<ChartSpec.ChartKind> kind = f.required("kind").isPresent() ? f.choice("kind", KINDS) : Optional.empty();
            String key = f.has("metrics") ? "metrics" : "metric";
            if (!f.has("metric") && !f.has("metrics")) {
                in.error(f.node(), "a chart needs 'metric' (or 'metrics' for a stacked or planned-versus-actual chart)", "");
            }
            List<String> ms = f.items(key, n -> in.text(n, key).flatMap(m -> {
                if (!metrics.containsKey(m)) {
                    in.error(n, "unknown metric '" + m + "'", Suggest.hint(m, metrics.keySet()));
                    return Optional.empty();
                }
                return Optional.of(m);
            }));
            List<String> es = f.has("entities") ? f.items("entities", n -> in.text(n, "entities").flatMap(e -> {
                if (!entities.containsKey(e)) {
                    in.error(n, "unknown entity '" + e + "'", Suggest.hint(e, entities.keySet()));
                    return Optional.empty();
                }
                return Optional.of(e);
            })) : List.copyOf(entities.keySet());
            Optional<Period> from = f.string("from").flatMap(p -> calendar(f.get("from").orElseThrow(), p));
            Optional<Period> to = f.string("to").flatMap(p -> calendar(f.get("to").orElseThrow(), p));
            Optional<Integer> last = f.integer("last", 1, MAX_LAST);
            if (f.has("last") && (f.has("from") || f.has("to"))) {
                in.error(f.get("last").orElseThrow(), "a chart takes either 'last' or 'from'/'to', not both",
                        "keep 'last: N' to show the newest N periods whatever the data holds, or remove it to keep a fixed range");
            }
            Optional<String> currency = f.string("currency");
            Supplier<String> owner = EditionTexts.owner("chart", f);
            String title = texts.requiredText(f, "title", owner).orElse("");
            String caption = texts.text(f, "caption", "", owner);
            f.get("caption").ifPresent(n -> typedFact(caption).ifPresent(w -> in.warning(n,
                    "the caption states '" + w + "', a fact of the data that the chart's generated note already gives",
                    "leave derived, approximate or missing figures, rates and index bases to the generated note, which"
                            + " follows the data; keep the caption to what the figures cannot say")));
            // A duplicate id is reported even when the chart has other mistakes.
            Optional<Position> previous = id.map(i -> declared.putIfAbsent("chart:" + i, f.position()));
            previous.ifPresent(p -> in.error(f.get("id").orElseThrow(), "duplicate chart id '" + id.get() + "'",
                    "the first is at line " + p.line()));
            if (id.isEmpty() || kind.isEmpty() || ms.isEmpty() || previous.isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new ChartSpec(id.get(), kind.get(), ms, es, from, to, last, currency, title, caption, f.position()));
        });
    }

    /**
     * Words that state what the data decides (which points are derived, the rate, the base):
     * typed in a caption they go stale at the next data update, so the build warns.
     */
    static final List<String> DATA_FACT_WORDS = List.of("derived", "back-calculated", "rebased", "converted at", "stated rate",
            "approximate", "not available", "not covered", "left blank", "lower bound", "upper bound", "midpoint", "first common");

    static Optional<String> typedFact(String caption) {
        String lower = caption.toLowerCase(Locale.ROOT);
        return DATA_FACT_WORDS.stream().filter(lower::contains).findFirst();
    }

    private Optional<Period> calendar(Node n, String label) {
        Optional<Period> p = PeriodParser.parse(label, 1);
        if (p.isEmpty() || p.get().isFiscal()) {
            in.error(n, "a chart's range must be a calendar period, found '" + label + "'", "write 2024-Q1, 2025 or 2025-06");
            return Optional.empty();
        }
        return p;
    }
}
