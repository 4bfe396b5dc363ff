package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import reportsite.content.Page;
import reportsite.content.PageOutline;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.diag.Diagnostics;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureChange;

/**
 * Renders every HTML page of the site: the Markdown pages, and the pages generated from the
 * data (comparison, one per company, sources, data updates, 404).
 */
public final class SiteRenderer {

    /** The page listing {@code content/data-updates.yaml}, present when it has entries. */
    public static final String DATA_UPDATES = "data-updates.html";

    private final TemplateEngine engine;
    private final Dataset data;
    private final List<DataUpdate> updates;
    private final DataViews views;
    private final Diagnostics diagnostics;
    private final Map<String, String> shown = new ConcurrentHashMap<>();

    public SiteRenderer(TemplateEngine engine, Dataset data, List<DataUpdate> updates, Diagnostics diagnostics) {
        this.engine = engine;
        this.data = data;
        this.updates = List.copyOf(updates);
        this.views = new DataViews(data);
        this.diagnostics = diagnostics;
    }

    /** Pages in menu order: by {@code order}, then slug. */
    public static List<PageOutline> menuOrder(List<PageOutline> pages) {
        List<PageOutline> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparingInt((PageOutline p) -> p.meta().order()).thenComparing(p -> p.meta().slug()));
        return ordered;
    }

    /** The menu of every page: {@code {title, href, summary}} items. */
    public List<Map<String, Object>> navigation(List<PageOutline> pages) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (PageOutline p : menuOrder(pages)) {
            if (p.inMenu()) {
                // The home page's title is the report's; the menu calls it what it is.
                nav.add(navItem(p.outputPath().equals("index.html") ? "Overview" : p.meta().title(), p.outputPath(), p.meta().summary()));
            }
        }
        if (!data.entities().isEmpty()) {
            nav.add(navItem("Side by side", "compare.html", ""));
        }
        if (!data.sources().isEmpty()) {
            nav.add(navItem("Sources", "sources.html", ""));
        }
        if (!updates.isEmpty()) {
            nav.add(navItem("Data updates", DATA_UPDATES, ""));
        }
        return List.copyOf(nav);
    }

    /** A Markdown page as HTML, or empty after reporting a template error. */
    public Optional<byte[]> page(Page p, List<Map<String, Object>> nav) {
        return Optional.ofNullable(renderPage(p, nav)).map(html -> html.getBytes(StandardCharsets.UTF_8));
    }

    /** The pages made from the data and the site's structure, by output path. */
    public Map<String, byte[]> generated(List<PageOutline> pages, List<Map<String, Object>> nav) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!data.entities().isEmpty()) {
            put(out, "compare.html", generated("compare.ftlh", "compare.html", "Side by side", nav, compareModel(), true));
            for (Entity e : data.entities()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("entity", views.entity(e));
                model.put("metrics", views.history(e));
                String path = "company-" + e.id() + ".html";
                put(out, path, generated("entity.ftlh", path, e.name(), nav, model, true));
            }
        }
        if (!data.sources().isEmpty()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("sources", data.sources().stream().map(views::source).toList());
            put(out, "sources.html", generated("sources.ftlh", "sources.html", "Sources", nav, model, true));
        }
        if (!updates.isEmpty()) {
            put(out, DATA_UPDATES, generated("data-updates.ftlh", DATA_UPDATES, "Data updates", nav, updatesModel(), false));
        }
        if (pages.stream().noneMatch(p -> p.outputPath().equals("index.html"))) {
            // Without a home page of its own, the site gets a list of all pages (as Hugo's list page).
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("pages", menuOrder(pages).stream().map(p -> navItem(p.meta().title(), p.outputPath(), p.meta().summary())).toList());
            put(out, "index.html", generated("list.ftlh", "index.html", data.site().title(), nav, model, false));
        }
        put(out, "404.html", generated("404.ftlh", "404.html", "Page not found", nav, new LinkedHashMap<>(), false));
        return out;
    }

    /**
     * What each generated page made from the figures shows, apart from the layout: its model as
     * text, by output path. Two builds whose texts differ for a page show different figures on it.
     */
    public Map<String, String> shown() {
        return new TreeMap<>(shown);
    }

    private static void put(Map<String, byte[]> out, String path, String html) {
        if (html != null) {
            out.put(path, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Map<String, Object> compareModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("entities", views.entities());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Metric m : data.metrics()) {
            rows.add(views.comparisonRow(m, false));
        }
        model.put("rows", rows);
        model.put("reportingCurrency", data.site().reportingCurrency());
        model.put("fx", data.fxRates().stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", reportsite.chart.ChartDescription.rate(r));
            x.put("note", r.note());
            x.put("sources", r.sources().stream().map(views::sourceRef).toList());
            return x;
        }).toList());
        return model;
    }

    /** The entries newest first; each keeps the number of its place in the file as its anchor. */
    private Map<String, Object> updatesModel() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = updates.size() - 1; i >= 0; i--) {
            DataUpdate u = updates.get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", "update-" + (i + 1));
            x.put("asOf", u.asOf().map(Object::toString).orElse(""));
            x.put("note", u.note());
            x.put("changes", u.changes().stream().map(SiteRenderer::change).toList());
            list.add(x);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("updates", list);
        return model;
    }

    private static Map<String, Object> change(FigureChange c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("figure", c.figure());
        x.put("entity", c.entity());
        x.put("metric", c.metric());
        x.put("period", c.period());
        x.put("before", c.before().orElse(""));
        x.put("after", c.after().orElse(""));
        x.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        return x;
    }

    private static Map<String, Object> navItem(String title, String href, String summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("href", href);
        m.put("summary", summary);
        return m;
    }

    private Map<String, Object> common(String path, String title, String description, List<Map<String, Object>> nav) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", data.site().title());
        site.put("description", data.site().description());
        site.put("language", data.site().language());
        site.put("asOf", data.site().asOf().map(Object::toString).orElse(""));
        site.put("baseUrl", data.site().baseUrl().orElse(""));
        m.put("site", site);
        m.put("nav", nav);
        m.put("path", path);
        m.put("title", title);
        m.put("description", description.isEmpty() ? data.site().description() : description);
        m.put("canonical", data.site().baseUrl().map(u -> u + (path.equals("index.html") ? "" : path)).orElse(""));
        m.put("entities", views.entities());
        m.put("hasSources", !data.sources().isEmpty());
        return m;
    }

    private String renderPage(Page p, List<Map<String, Object>> nav) {
        Map<String, Object> model = common(p.outputPath(), p.meta().title(), p.meta().description(), nav);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", p.meta().title());
        page.put("html", p.html());
        page.put("summary", p.meta().summary());
        page.put("date", p.meta().date().orElse(""));
        page.put("toc", p.toc().stream().map(h -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("level", h.level());
            x.put("id", h.id());
            x.put("html", h.text());
            return x;
        }).toList());
        page.put("references", p.references().stream().map(r -> {
            Map<String, Object> x = views.source(data.source(r.source()).orElseThrow());
            x.put("backlinks", r.backlinks());
            return x;
        }).toList());
        page.put("isHome", p.outputPath().equals("index.html"));
        model.put("page", page);
        return engine.render("page.ftlh", model, diagnostics).orElse(null);
    }

    private String generated(String template, String path, String title, List<Map<String, Object>> nav, Map<String, Object> extra,
                             boolean showsFigures) {
        if (showsFigures) {
            shown.put(path, extra.toString());
        }
        Map<String, Object> model = common(path, title, "", nav);
        model.putAll(extra);
        return engine.render(template, model, diagnostics).orElse(null);
    }
}
