package reportsite.build;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportsite.chart.ChartData;
import reportsite.content.MarkdownRenderer;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.render.Edition;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEngine;
import reportsite.i18n.UiStrings;
import reportsite.updates.DataUpdate;

/**
 * One edition as its pages are made: everything an edition's page reads beyond its own text
 * ({@link Inputs}, which is its key), and what is worked out from that once per edition (the
 * renderer and its data model) rather than once per page.
 */
final class EditionContext {

    /**
     * All that an edition's pages read beyond their own text: its data, charts, templates and
     * strings, the history of data updates, the other editions' pages (for the language switch),
     * and the options that change what is written.
     */
    record Inputs(Language language, String prefix, Keyed<UiStrings> ui, Keyed<Dataset> data, Keyed<Map<String, Keyed<ChartData>>> charts,
                  Keyed<TemplateEngine> engine, List<DataUpdate> history, List<Other> others, boolean safe) {
    }

    /** Another edition: its language, folder and strings, and its Markdown pages by file name → output path. */
    record Other(Language language, String prefix, Keyed<UiStrings> ui, Map<String, String> pages) {
    }

    private final Inputs inputs;
    private final Edition edition;
    private final SiteRenderer renderer;
    private final Map<String, ChartData> charts;
    /** flexmark's parser and renderer for the edition's options. */
    private final MarkdownRenderer markdown;

    EditionContext(Inputs inputs) {
        this.inputs = inputs;
        this.edition = new Edition(inputs.language(), inputs.prefix(), inputs.ui().value());
        List<Edition.Other> others = inputs.others().stream()
                .map(o -> new Edition.Other(new Edition(o.language(), o.prefix(), o.ui().value()), o.pages()))
                .sorted(Comparator.comparing((Edition.Other o) -> o.edition().prefix())).toList();
        this.renderer = new SiteRenderer(inputs.engine().value(), inputs.data().value(), inputs.history(), edition, others);
        this.markdown = MarkdownRenderer.of(inputs.safe(), inputs.language().citesAfterLetter());
        Map<String, ChartData> planned = new LinkedHashMap<>();
        inputs.charts().value().forEach((id, chart) -> planned.put(id, chart.value()));
        this.charts = Collections.unmodifiableMap(planned);
    }

    MarkdownRenderer markdown() {
        return markdown;
    }

    Inputs inputs() {
        return inputs;
    }

    Edition edition() {
        return edition;
    }

    Dataset data() {
        return inputs.data().value();
    }

    Map<String, ChartData> charts() {
        return charts;
    }

    TemplateEngine engine() {
        return inputs.engine().value();
    }

    SiteRenderer renderer() {
        return renderer;
    }
}
