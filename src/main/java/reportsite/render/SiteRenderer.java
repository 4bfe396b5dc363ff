package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reportsite.content.Page;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.diag.Diagnostics;

/**
 * Renders every HTML page of the site: the Markdown pages, and the pages generated from the
 * data (comparison, one per company, sources, 404).
 */
public final class SiteRenderer {

    private final TemplateEngine engine;
    private final Dataset data;
    private final DataViews views;
    private final Diagnostics diagnostics;

    public SiteRenderer(TemplateEngine engine, Dataset data, Diagnostics diagnostics) {
        this.engine = engine;
        this.data = data;
        this.views = new DataViews(data);
        this.diagnostics = diagnostics;
    }

    /** Output path → HTML bytes, sorted by path. */
    public Map<String, byte[]> render(List<Page> pages) {
        List<Page> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparingInt((Page p) -> p.meta().order()).thenComparing(Page::slug));
        List<Map<String, Object>> nav = navigation(ordered);
        Map<String, byte[]> out = new TreeMap<>();
        // Pages render in parallel: the engine and the model are read-only. A page whose template
        // failed has no HTML (null): its error is in the diagnostics, and the build stops there.
        List<String> html = ordered.parallelStream().map(p -> renderPage(p, nav)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            put(out, ordered.get(i).outputPath(), html.get(i));
        }
        boolean hasData = !data.entities().isEmpty();
        if (hasData) {
            put(out, "compare.html", generated("compare.ftlh", "compare.html", "Side by side", nav, compareModel()));
            for (Entity e : data.entities()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("entity", views.entity(e));
                model.put("metrics", views.history(e));
                String path = "company-" + e.id() + ".html";
                put(out, path, generated("entity.ftlh", path, e.name(), nav, model));
            }
        }
        if (!data.sources().isEmpty()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("sources", data.sources().stream().map(views::source).toList());
            put(out, "sources.html", generated("sources.ftlh", "sources.html", "Sources", nav, model));
        }
        if (!out.containsKey("index.html")) {
            // Without a home page of its own, the site gets a list of all pages (as Hugo's list page).
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("pages", ordered.stream().map(p -> navItem(p.meta().title(), p.outputPath(), p.meta().summary())).toList());
            put(out, "index.html", generated("list.ftlh", "index.html", data.site().title(), nav, model));
        }
        put(out, "404.html", generated("404.ftlh", "404.html", "Page not found", nav, new LinkedHashMap<>()));
        return out;
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

    private List<Map<String, Object>> navigation(List<Page> pages) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Page p : pages) {
            // Pages in sub-folders (posts, archives) stay out of the menu, so that it stays short.
            if (p.source().contains("/")) {
                continue;
            }
            // The home page's title is the report's; the menu calls it what it is.
            nav.add(navItem(p.outputPath().equals("index.html") ? "Overview" : p.meta().title(), p.outputPath(), p.meta().summary()));
        }
        if (!data.entities().isEmpty()) {
            nav.add(navItem("Side by side", "compare.html", ""));
        }
        if (!data.sources().isEmpty()) {
            nav.add(navItem("Sources", "sources.html", ""));
        }
        return nav;
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

    private String generated(String template, String path, String title, List<Map<String, Object>> nav, Map<String, Object> extra) {
        Map<String, Object> model = common(path, title, "", nav);
        model.putAll(extra);
        return engine.render(template, model, diagnostics).orElse(null);
    }
}
