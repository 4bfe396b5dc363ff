package reportsite.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.diag.Suggest;

/**
 * The {@code events:} list of the metrics file: dated events ("guidance raised", 29 Apr 2026)
 * that the charts they name mark on their time axis. A date that is not one, or a chart that
 * is not declared, is an error at its place; each chart gets its events, in date order.
 *
 * <pre>
 * events:
 *   - {date: 2026-04-29, label: {en: "Guidance raised", zh: "上调指引"}, charts: [capex-guidance]}
 * </pre>
 */
final class ChartEvents {

    private ChartEvents() {
    }

    /** Reads {@code list} and replaces each chart of {@code charts} named by an event with one that marks it. */
    static void read(NodeReader in, EditionTexts texts, List<Node> list, List<ChartSpec> charts) {
        Map<String, List<ChartSpec.Event>> byChart = new LinkedHashMap<>();
        List<String> ids = charts.stream().map(ChartSpec::id).toList();
        for (Node node : list) {
            in.mapping(node, "an event").ifPresent(f -> {
                f.allowOnly(Set.of("date", "label", "charts"));
                if (f.required("date").isEmpty()) {
                    return;
                }
                var date = f.date("date");
                var label = texts.requiredText(f, "label", () -> "an event");
                if (f.required("charts").isEmpty()) {
                    return;
                }
                List<String> named = f.items("charts", n -> in.text(n, "charts").filter(id -> {
                    if (!ids.contains(id)) {
                        in.error(n, "unknown chart '" + id + "'", Suggest.hint(id, ids));
                        return false;
                    }
                    return true;
                }));
                if (date.isPresent() && label.isPresent()) {
                    ChartSpec.Event event = new ChartSpec.Event(date.get(), label.get(), f.position());
                    named.forEach(id -> byChart.computeIfAbsent(id, k -> new ArrayList<>()).add(event));
                }
            });
        }
        charts.replaceAll(c -> byChart.containsKey(c.id()) ? c.withEvents(byChart.get(c.id())) : c);
    }
}
