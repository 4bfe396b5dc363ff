package reportsite.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.i18n.UiStrings;

/**
 * The words of the chart stage in one edition: the {@code chart:} section of
 * {@code templates/i18n/<language>.yaml} and the few shared strings charts show (the kind of a
 * figure, a confidence level, the derivation note). They travel inside {@link ChartData}, so
 * that a drawn chart's cache key changes when a translation of its legend changes.
 *
 * @param text by dotted key ("chart.legend.derived")
 */
public record ChartWords(Map<String, String> text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** Beyond the {@code chart:} section, the interface strings a chart shows too (before {@link #ENGLISH}, which reads it). */
    private static final List<String> SHARED = List.of("kind.", "confidence.", "figure.derived_note");

    /** The English words shipped in the jar, for a planner made without interface strings (tests, older callers). */
    public static final ChartWords ENGLISH = of(UiStrings.shipped());

    public ChartWords {
        text = Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    /** The chart words of an edition's interface strings, which have every key of en.yaml (UiStrings checks it). */
    public static ChartWords of(UiStrings ui) {
        Map<String, String> text = new LinkedHashMap<>();
        ui.keys().stream().filter(key -> key.startsWith("chart.") || SHARED.stream().anyMatch(key::startsWith))
                .forEach(key -> text.put(key, ui.get(key)));
        return new ChartWords(text);
    }

    public String get(String key) {
        String s = text.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no chart word '" + key + "': add it to the chart: section of templates/i18n");
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
}
