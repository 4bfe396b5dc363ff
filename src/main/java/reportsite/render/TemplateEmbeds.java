package reportsite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartFacts;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartFrame;
import reportsite.chart.ChartRenderer;
import reportsite.content.Embeds;
import reportsite.data.AsOf;
import reportsite.data.Dataset;
import reportsite.data.FactCheck;
import reportsite.data.Metric;
import reportsite.diag.Diagnostics;
import reportsite.i18n.UiStrings;

/** Renders embeds with the partial templates in {@code templates/partials/}. */
public final class TemplateEmbeds implements Embeds {

    private final TemplateEngine engine;
    private final Dataset data;
    private final DataViews views;
    private final Diagnostics diagnostics;
    private final UiStrings ui;

    public TemplateEmbeds(TemplateEngine engine, Dataset data, Diagnostics diagnostics) {
        this(engine, data, UiStrings.shipped(), diagnostics);
    }

    /** @param ui the interface strings of the data's edition */
    public TemplateEmbeds(TemplateEngine engine, Dataset data, UiStrings ui, Diagnostics diagnostics) {
        this.engine = engine;
        this.data = data;
        this.ui = ui;
        this.views = new DataViews(data, ui);
        this.diagnostics = diagnostics;
    }

    private String render(String partial, Map<String, Object> model) {
        model.put("ui", ui.model());
        return engine.render("partials/" + partial, model, diagnostics).orElse("").strip();
    }

    @Override
    public String chart(int number, ChartData c) {
        String id = c.spec().id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("id", id);
        m.put("title", c.spec().title());
        m.put("caption", c.spec().caption());
        m.put("alt", ChartDescription.altText(c));
        m.put("src", ChartFiles.png(id));
        m.put("src2x", ChartFiles.png2x(id));
        m.put("dark", ChartFiles.dark(id));
        m.put("dark2x", ChartFiles.dark2x(id));
        m.put("csv", ChartFiles.csv(id));
        m.put("share", ChartFiles.share(id));
        m.put("width", ChartRenderer.WIDTH);
        m.put("height", ChartRenderer.HEIGHT);
        ChartFrame narrow = ChartFrame.narrow(c);
        m.put("narrow2x", ChartFiles.narrow2x(id));
        m.put("narrowDark2x", ChartFiles.narrowDark2x(id));
        m.put("narrowWidth", narrow.width());
        m.put("narrowHeight", narrow.height());
        m.put("narrowFont", ChartFrame.NARROW_FONT);
        m.put("wideFont", ChartFrame.WIDE_FONT);
        m.put("facts", ChartFacts.sentences(c, data));
        m.put("sources", c.sources().stream().map(views::sourceRef).toList());
        m.put("asOf", AsOf.text(data));
        ChartDescription.Table t = ChartDescription.table(c);
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("columns", t.columns());
        table.put("rows", t.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", r.category());
            row.put("cells", r.cells().stream().map(cell -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("text", cell.text());
                x.put("note", cell.note());
                x.put("fx", cell.fx());
                x.put("sources", cell.sources().stream().map(views::sourceRef).toList());
                return x;
            }).toList());
            return row;
        }).toList());
        m.put("table", table);
        return render("figure.ftlh", m);
    }

    @Override
    public String table(int number, String id, List<Metric> metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("id", id);
        m.put("entities", views.entities());
        m.put("rows", metrics.stream().map(x -> views.comparisonRow(x)).toList());
        return render("comparison-table.ftlh", m);
    }

    @Override
    public String keyFigures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entities", data.entities().stream().map(e -> {
            Map<String, Object> x = views.entity(e);
            x.put("cards", views.keyFigures(e, 4));
            return x;
        }).toList());
        return render("keyfigures.ftlh", m);
    }

    @Override
    public UiStrings ui() {
        return ui;
    }

    @Override
    public String factCheck(FactCheck check, String findingHtml) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", check.id());
        m.put("claim", check.claim());
        String verdict = check.verdict().key();
        m.put("verdictKey", verdict);
        // The label in the edition's words, for templates written before ui.verdict existed.
        m.put("verdict", ui.get("verdict." + verdict));
        m.put("findingHtml", findingHtml);
        m.put("sources", check.sources().stream().map(views::sourceRef).toList());
        return render("factcheck.ftlh", m);
    }

}
