package reportsite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import reportsite.data.FxRate;
import reportsite.data.Observation;
import reportsite.data.ValueFormatter;

/**
 * Says in words and tables what a chart shows, from the same {@link ChartData} that is drawn:
 * alt text that states the figures, a data table and a CSV file.
 */
public final class ChartDescription {

    private ChartDescription() {
    }

    /** In the chart's language: "Bar chart: Capital expenditure (US$ bn). Acme: Q2 2025 US$12.3 bn, …". */
    public static String altText(ChartData d) {
        ChartWords w = d.words();
        List<String> parts = new ArrayList<>();
        for (ChartData.Series s : d.series()) {
            String points = s.points().stream().map(p -> p.category().equals(s.name()) ? p.text()
                            : w.format("chart.alt_point", "category", p.category(), "figure", p.text()))
                    .collect(Collectors.joining(w.get("chart.separator.clause")));
            parts.add(w.format("chart.named", "name", s.name(), "items", points));
        }
        String text = w.format("chart.alt", "kind", w.get("chart.kind." + d.spec().kind().key()), "title", d.spec().title(),
                "unit", d.unit(), "series", String.join(w.get("chart.separator.group"), parts));
        String fx = ChartFacts.ratesByPoint(d);
        return fx.isEmpty() ? text : w.format("chart.alt_with_rates", "text", text, "rates", fx);
    }

    /** An FX rate as the chart's edition writes it (see {@link ValueFormatter#rate(reportsite.data.Language, FxRate)}). */
    static String rate(ChartData d, FxRate r) {
        return ValueFormatter.rate(d.language(), r);
    }

    /** The data table: one row per category, one column per series. */
    public record Table(List<String> columns, List<Row> rows) {
    }

    /** @param cells one per column, "" where a series has no figure */
    public record Row(String category, List<Cell> cells) {
    }

    /**
     * @param note the qualifier or derivation shown on hover, "" if none
     * @param fx the FX rate the figure was converted at, shown beside it, "" if none
     */
    public record Cell(String text, String note, List<Integer> sources, String fx) {
    }

    public static Table table(ChartData d) {
        List<String> columns = d.series().stream().map(ChartData.Series::name).toList();
        Set<String> categories = new LinkedHashSet<>();
        d.series().forEach(s -> s.points().forEach(p -> categories.add(p.category())));
        List<String> ordered = new ArrayList<>(d.categories());
        categories.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        boolean oneRowPerSeries = d.series().stream().allMatch(s -> s.points().size() == 1 && s.points().get(0).category().equals(s.name()));
        List<Row> rows = new ArrayList<>();
        if (oneRowPerSeries) {
            for (ChartData.Series s : d.series()) {
                ChartData.Point p = s.points().get(0);
                rows.add(new Row(s.name(), List.of(cell(d, p))));
            }
            return new Table(List.of(d.unit()), rows);
        }
        for (String c : ordered) {
            List<Cell> cells = new ArrayList<>();
            for (ChartData.Series s : d.series()) {
                cells.add(s.points().stream().filter(p -> p.category().equals(c)).findFirst().map(p -> cell(d, p))
                        .orElse(new Cell("", "", List.of(), "")));
            }
            rows.add(new Row(c, cells));
        }
        return new Table(columns, rows);
    }

    private static Cell cell(ChartData d, ChartData.Point p) {
        ChartWords w = d.words();
        Observation o = p.observation().orElse(null);
        String fx = p.rate().map(r -> rate(d, r)).orElse("");
        if (o == null) {
            return new Cell(p.text(), "", List.of(), fx);
        }
        List<String> notes = new ArrayList<>();
        notes.add(ValueFormatter.periodWithSpan(d.language(), o.period()));
        if (o.isDerived()) {
            notes.add(w.format("figure.derived_note", "how", o.derivation()));
        }
        if (!o.note().isEmpty()) {
            notes.add(o.note());
        }
        notes.add(w.format("chart.note.confidence", "level", w.get("confidence." + o.confidence().label())));
        return new Cell(p.text(), String.join(" · ", notes), o.sources(), fx);
    }

    /** The CSV columns, in order; their names are in the chart's language. */
    private static final List<String> COLUMNS = List.of("series", "category", "period", "period_code", "value", "label", "exact",
            "derived", "unit", "fx_rate", "sources");

    /**
     * Byte order mark: Excel opens a CSV without one in the machine's legacy code page, which
     * garbles Chinese text and also "CN¥", "≈" and "–" in English files, so every edition's
     * CSV starts with it (other CSV readers skip it).
     */
    static final String BOM = "\uFEFF";

    /**
     * The data of a chart as CSV, in the edition's words (its period names, yes or no), with the
     * period's code as the metrics file writes it kept in a column for programs.
     */
    public static String csv(ChartData d) {
        StringBuilder sb = new StringBuilder(BOM + COLUMNS.stream().map(c -> csvField(d.words().get("chart.csv." + c)))
                .collect(Collectors.joining(",")) + "\n");
        for (ChartData.Series s : d.series()) {
            for (ChartData.Point p : s.points()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("series", s.name());
                row.put("category", p.category());
                row.put("period", p.observation().map(o -> ValueFormatter.periodWithSpan(d.language(), o.period())).orElse(""));
                row.put("period_code", p.observation().map(o -> o.period().label()).orElse(""));
                row.put("value", ValueFormatter.plain(p.value()));
                row.put("label", p.text());
                row.put("exact", yesNo(d, p.exact()));
                row.put("derived", yesNo(d, p.observation().map(Observation::isDerived).orElse(false)));
                row.put("unit", d.unit());
                row.put("fx_rate", p.rate().map(r -> rate(d, r)).orElse(""));
                row.put("sources", p.observation().map(o -> o.sources().stream().map(String::valueOf)
                        .collect(Collectors.joining(" "))).orElse(""));
                sb.append(row.values().stream().map(ChartDescription::csvField).collect(Collectors.joining(","))).append('\n');
            }
        }
        String fx = ChartFacts.ratesByPoint(d);
        if (!fx.isEmpty()) {
            sb.append("# ").append(fx).append('\n');
        }
        return sb.toString();
    }

    private static String yesNo(ChartData d, boolean b) {
        return d.words().get(b ? "chart.csv.yes" : "chart.csv.no");
    }

    static String csvField(String s) {
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
