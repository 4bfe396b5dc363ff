package reportsite.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.source.UiStrings;

/**
 * The words of the chart stage in one edition: the {@code chart:} section of
 * {@code templates/i18n/<language>.yaml} and the few shared strings charts show (the kind of a
 * figure, a confidence level, the derivation note). They travel inside {@link ChartData}, so
 * that a drawn chart's cache key changes when a translation of its legend changes.
 *
 * @param text by dotted key ("chart.legend.derived"), every key of {@link #ENGLISH}
 */
public record ChartWords(Map<String, String> text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /**
     * The English words, for a planner made without interface strings (tests, older callers).
     * The same as {@code templates/i18n/en.yaml}, which ChartWordsTest checks key by key.
     */
    public static final ChartWords ENGLISH = new ChartWords(english());

    public ChartWords {
        text = Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    /** The chart words of an edition's interface strings, which have every key of en.yaml (UiStrings checks it). */
    public static ChartWords of(UiStrings ui) {
        Map<String, String> text = new LinkedHashMap<>();
        ENGLISH.text.keySet().forEach(key -> text.put(key, ui.get(key)));
        return new ChartWords(text);
    }

    public String get(String key) {
        String s = text.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no chart word '" + key + "': add it to ChartWords.ENGLISH and templates/i18n");
        }
        return s;
    }

    /** The string under {@code key} with its {@code {placeholders}} filled from name, value pairs. */
    public String format(String key, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(get(key));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} of chart word '" + key + "'");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }

    private static Map<String, String> english() {
        String[] pairs = {
            "chart.kind.grouped_bar", "Bar chart",
            "chart.kind.line", "Line chart",
            "chart.kind.hbar", "Horizontal bar chart",
            "chart.kind.stacked_bar", "Stacked bar chart",
            "chart.kind.indexed", "Indexed line chart",
            "chart.kind.planned_vs_actual", "Bar chart of plans and actuals",
            "chart.alt", "{kind}: {title} ({unit}). {series}.",
            "chart.alt_with_rates", "{text} {rates}",
            "chart.alt_point", "{category} {figure}",
            "chart.named", "{name}: {items}",
            "chart.separator.list", ", ",
            "chart.separator.clause", ", ",
            "chart.separator.group", "; ",
            "chart.unit.index", "index, {base} = 100",
            "chart.unit.first_period", "first period",
            "chart.index_figure", "{index} ({figure})",
            "chart.series.with_metric", "{entity}: {metric}",
            "chart.series.with_kind", "{metric} ({kind})",
            "chart.series.with_entity", "{series}, {entity}",
            "chart.ranking_bar", "{entity} ({period})",
            "chart.mark.derived", " (derived)",
            "chart.mark.as_of", ", {mark}",
            "chart.mark.after_as_of", "after the as-of date ({date})",
            "chart.mark.reported_after_as_of", "reported after the as-of date ({date})",
            "chart.note.confidence", "confidence {level}",
            "chart.rate", "{rate} {quote} per {base}, {date}",
            "chart.rate_points", "{rate} ({points})",
            "chart.facts.fact", "{what}: {points}.",
            "chart.facts.rebased_one", "Each series is rebased to 100 at {base}, the first period every series has.",
            "chart.facts.rebased_many", "Each series is rebased to 100 at {base}, the first period every series has;"
                    + " earlier figures are left out.",
            "chart.facts.months_differ", "The bars cover different months: {list}.",
            "chart.facts.months_same", "All bars cover {span}.",
            "chart.facts.bar_months", "{name} {span}",
            "chart.facts.derived", "Derived from other figures, not reported ({mark})",
            "chart.facts.approximate", "Approximate ({mark})",
            "chart.facts.lower_bounds", "Lower bounds, drawn at the bound ({mark})",
            "chart.facts.upper_bounds", "Upper bounds, drawn at the bound ({mark})",
            "chart.facts.ranges", "Ranges, drawn at their midpoint",
            "chart.facts.year_only", "Dated only by year, drawn at mid-year",
            "chart.facts.no_figure", "No figure",
            "chart.facts.after_as_of", "After the as-of date ({date}), or reported only after it, labelled †",
            "chart.facts.converted", "Converted at {rates}.",
            "chart.facts.diamond_points", "diamond points",
            "chart.facts.striped_bars", "striped bars",
            "chart.facts.hollow_points", "hollow points",
            "chart.facts.lighter_bars", "lighter bars",
            "chart.legend.derived", "derived",
            "chart.legend.inexact", "approximate or bound",
            "chart.csv.series", "series",
            "chart.csv.category", "category",
            "chart.csv.period", "period",
            "chart.csv.value", "value",
            "chart.csv.label", "label",
            "chart.csv.exact", "exact",
            "chart.csv.derived", "derived",
            "chart.csv.unit", "unit",
            "chart.csv.fx_rate", "fx_rate",
            "chart.csv.sources", "sources",
            "kind.reported", "reported",
            "kind.guidance", "guidance",
            "kind.plan", "plan",
            "kind.derived", "derived",
            "confidence.high", "high",
            "confidence.medium", "medium",
            "confidence.low", "low",
            "figure.derived_note", "derived: {how}",
        };
        Map<String, String> text = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            text.put(pairs[i], pairs[i + 1]);
        }
        return text;
    }
}
