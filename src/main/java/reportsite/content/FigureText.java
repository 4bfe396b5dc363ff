package reportsite.content;

import java.util.stream.Collectors;
import reportsite.data.AsOf;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Source;
import reportsite.data.ValueFormatter;

/** The HTML of one figure in prose: its value, linked to its first source, with the details on hover. */
public final class FigureText {

    private FigureText() {
    }

    public static String link(Dataset data, Observation o, Dataset.Converted value, String pagePrefix) {
        Metric m = data.metric(o.metric()).orElseThrow();
        boolean computed = value.rate().isPresent() || o.isDerived();
        Language lang = data.language();
        String text = ValueFormatter.format(lang, m, value.value(), value.currency(), computed, ValueFormatter.Style.PROSE);
        String href = pagePrefix + "sources.html#source-" + o.sources().get(0);
        String cls = "fig conf-" + o.confidence().label() + (o.isDerived() ? " derived" : "") + (value.value().isExact() ? "" : " approx");
        String html = "<a class=\"" + cls + "\" href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(title(data, o)) + "\">"
                + Html.escape(text) + "</a>";
        if (value.rate().isPresent()) {
            html += "<span class=\"fx-note\">" + Html.escape(ValueFormatter.convertedAt(lang, ValueFormatter.rate(lang, value.rate().get())))
                    + "</span>";
        }
        if (AsOf.isAfter(data, o)) {
            html += " <span class=\"after-as-of\">" + Html.escape(AsOf.mark(data, o)) + "</span>";
        }
        return html;
    }

    /** "Capital expenditure, FY2026 Q1 (Apr–Jun 2025) · derived: … · confidence high · sources [3] Publisher". */
    public static String title(Dataset data, Observation o) {
        Metric m = data.metric(o.metric()).orElseThrow();
        StringBuilder sb = new StringBuilder();
        sb.append(data.entity(o.entity()).map(e -> e.shortName()).orElse(o.entity())).append(", ")
                .append(m.label().toLowerCase(java.util.Locale.ROOT)).append(", ").append(o.period().displayWithSpan());
        if (o.isDerived()) {
            sb.append(" · derived: ").append(o.derivation());
        }
        if (!o.note().isEmpty()) {
            sb.append(" · ").append(o.note());
        }
        sb.append(" · confidence ").append(o.confidence().label());
        sb.append(" · source ").append(o.sources().stream()
                .map(id -> "[" + id + "] " + data.source(id).map(Source::publisher).orElse(""))
                .collect(Collectors.joining("; ")));
        return sb.toString();
    }
}
