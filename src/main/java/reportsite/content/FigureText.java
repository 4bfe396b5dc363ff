package reportsite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import reportsite.data.AsOf;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Source;
import reportsite.data.ValueFormatter;
import reportsite.i18n.UiStrings;

/** The HTML of one figure in prose: its value, linked to its first source, with the details on hover. */
public final class FigureText {

    /** A source named in a tooltip: "Xinhua (via People's Daily): Alibaba to invest …" or 新华社（…）：《Alibaba to invest …》. */
    public static String sourceLabel(Source s, UiStrings ui) {
        return ui.format("sources.label", Map.of("publisher", s.publisher(), "title", s.title()));
    }

    /** A source's date in the edition's style (29 Aug 2025, 2025年8月29日, Nov 2025, 2025年11月), or its word for undated. */
    public static String sourceDate(Source s, Dataset data, UiStrings ui) {
        return s.date().isEmpty() ? ui.get("sources.undated") : ValueFormatter.sourceDate(data.language(), s.date());
    }

    private FigureText() {
    }

    public static String link(Dataset data, Observation o, Dataset.Converted value, String pagePrefix, UiStrings ui) {
        Metric m = data.metric(o.metric()).orElseThrow();
        boolean computed = value.rate().isPresent() || o.isDerived();
        Language lang = data.language();
        String text = ValueFormatter.format(lang, m, value.value(), value.currency(), computed, ValueFormatter.Style.PROSE);
        String href = pagePrefix + "sources.html#source-" + o.sources().get(0);
        String cls = "fig conf-" + o.confidence().label() + (o.isDerived() ? " derived" : "") + (value.value().isExact() ? "" : " approx");
        String html = "<a class=\"" + cls + "\" href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(title(data, o, ui)) + "\">"
                + Html.escape(text) + "</a>";
        if (value.rate().isPresent()) {
            html += "<span class=\"fx-note\">" + Html.escape(ui.format("figure.converted_at",
                    Map.of("rate", ValueFormatter.rate(lang, value.rate().get())))) + "</span>";
        }
        String mark = asOfMark(data, o, ui);
        if (!mark.isEmpty()) {
            html += " <span class=\"after-as-of\">" + Html.escape(mark) + "</span>";
        }
        return html;
    }

    /**
     * A figure's details on hover: "Alibaba, capital expenditure, FY2026 Q1 (Apr–Jun 2025) · derived: …
     * · confidence high · source [3] Publisher", in the edition's words.
     */
    public static String title(Dataset data, Observation o, UiStrings ui) {
        Language lang = data.language();
        Metric m = data.metric(o.metric()).orElseThrow();
        List<String> parts = new ArrayList<>();
        parts.add(figure(data, o, m, ValueFormatter.periodWithSpan(lang, o.period()), ui));
        if (o.isDerived()) {
            parts.add(ui.format("figure.derived_note", Map.of("how", o.derivation())));
        }
        if (!o.note().isEmpty()) {
            parts.add(o.note());
        }
        parts.add(ui.format("tip.confidence", Map.of("level", ui.get("confidence." + o.confidence().label()))));
        parts.add(ui.format("tip.sources", Map.of("list", o.sources().stream()
                .map(id -> "[" + id + "] " + data.source(id).map(Source::publisher).orElse(""))
                .collect(Collectors.joining(ui.get("tip.list_sep"))))));
        return String.join(ui.get("tip.sep"), parts);
    }

    /** "after the as-of date (2025-11-28)" in the edition's words, or "" for a figure within the as-of date. */
    public static String asOfMark(Dataset data, Observation o, UiStrings ui) {
        return AsOf.mark(data, o).map(m -> ui.format(m.key(), Map.of("date", AsOf.text(data)))).orElse("");
    }
    /** Two figures a derived one is made from, named in a tooltip: "US$24.0 bn (Google, capital expenditure, Q3 2025)". */
    public static String named(Dataset data, Observation o, Dataset.Converted value, UiStrings ui) {
        Metric m = data.metric(o.metric()).orElseThrow();
        Language lang = data.language();
        return ui.format("tip.named", Map.of("value", ValueFormatter.format(lang, m, value.value(), value.currency(),
                value.rate().isPresent(), ValueFormatter.Style.PROSE), "figure", figure(data, o, m, ValueFormatter.period(lang, o.period()), ui)));
    }

    /** "Google, capital expenditure, Q3 2025": the figure's entity, metric and {@code period} in the edition's words. */
    private static String figure(Dataset data, Observation o, Metric m, String period, UiStrings ui) {
        return ui.format("tip.figure", Map.of("entity", data.entity(o.entity()).map(e -> e.shortName()).orElse(o.entity()),
                "metric", m.inSentence(data.language()), "period", period));
    }
}
