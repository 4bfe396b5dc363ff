package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import reportsite.content.Page;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.diag.Diagnostics;
import reportsite.social.Preview;
import reportsite.social.PreviewImages;

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
        List<Page> ordered = ordered(pages);
        List<Map<String, Object>> nav = navigation(ordered);
        Map<String, byte[]> out = new TreeMap<>();
        // Pages render in parallel: the engine and the model are read-only.
        ordered.parallelStream().map(p -> Map.entry(p.outputPath(), renderPage(p, nav)))
                .forEachOrdered(e -> put(out, e.getKey(), e.getValue()));
        for (Generated g : generated(ordered)) {
            put(out, g.path(), generated(g.template(), g.path(), g.title(), nav, g.model().get()));
        }
        put(out, "404.html", generated("404.ftlh", "404.html", "Page not found", nav, new LinkedHashMap<>()));
        return out;
    }

    /**
     * What the preview image of each page shows, for every page {@link #render} writes but the
     * 404 page: the site's and the page's title, the page's description, and on the home page
     * the key figures of each entity.
     */
    public List<Preview> previews(List<Page> pages) {
        List<Preview> out = new ArrayList<>();
        for (Page p : ordered(pages)) {
            boolean home = p.outputPath().equals("index.html");
            out.add(new Preview(p.outputPath(), kicker(p.meta().title()), p.meta().title(), p.meta().description(),
                    swatches(data.entities()), keyFigureColumns(home ? data.entities() : List.of())));
        }
        for (Generated g : generated(ordered(pages))) {
            List<Entity> about = g.figures().isEmpty() ? data.entities() : g.figures();
            out.add(new Preview(g.path(), kicker(g.title()), g.title(), g.text(), swatches(about), keyFigureColumns(g.figures())));
        }
        return out;
    }

    /** The site's title above the page's, unless they are the same. */
    private String kicker(String title) {
        return title.equals(data.site().title()) ? data.site().asOf().map(d -> "Figures as of " + d).orElse("") : data.site().title();
    }

    private static List<Preview.Swatch> swatches(List<Entity> entities) {
        return entities.stream().map(e -> new Preview.Swatch(e.shortName(), e.colour())).toList();
    }

    private List<Preview.Column> keyFigureColumns(List<Entity> entities) {
        return entities.stream().map(e -> new Preview.Column(e.shortName(), e.colour(),
                views.keyFigures(e, 3).stream().map(f -> new Preview.Figure((String) f.get("label"), (String) f.get("text"),
                        (String) f.get("period"))).toList())).toList();
    }

    private static List<Page> ordered(List<Page> pages) {
        List<Page> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparingInt((Page p) -> p.meta().order()).thenComparing(Page::slug));
        return ordered;
    }

    /**
     * A page generated from the data rather than from Markdown.
     *
     * @param text the sentence its preview image shows
     * @param figures the entities whose key figures its preview image shows
     */
    private record Generated(String template, String path, String title, Supplier<Map<String, Object>> model,
                             String text, List<Entity> figures) {
    }

    /** The pages generated from the data, in output order (but the 404 page). */
    private List<Generated> generated(List<Page> ordered) {
        List<Generated> out = new ArrayList<>();
        if (!data.entities().isEmpty()) {
            out.add(new Generated("compare.ftlh", "compare.html", "Side by side", this::compareModel, "", data.entities()));
            for (Entity e : data.entities()) {
                out.add(new Generated("entity.ftlh", "company-" + e.id() + ".html", e.name(), () -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("entity", views.entity(e));
                    model.put("metrics", views.history(e));
                    return model;
                }, "", List.of(e)));
            }
        }
        if (!data.sources().isEmpty()) {
            out.add(new Generated("sources.ftlh", "sources.html", "Sources", () -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("sources", data.sources().stream().map(views::source).toList());
                return model;
            }, data.sources().size() + (data.sources().size() == 1 ? " public source" : " public sources")
                    + " behind the figures of this report, each with the figures resting on it.", List.of()));
        }
        if (ordered.stream().noneMatch(p -> p.outputPath().equals("index.html"))) {
            // Without a home page of its own, the site gets a list of all pages (as Hugo's list page).
            out.add(new Generated("list.ftlh", "index.html", data.site().title(), () -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("pages", ordered.stream().map(p -> navItem(p.meta().title(), p.outputPath(), p.meta().summary())).toList());
                return model;
            }, data.site().description(), data.entities()));
        }
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
        // GitHub Pages serves 404.html at any depth, where relative links would miss: it links absolutely when it can.
        m.put("root", path.equals("404.html") ? data.site().baseUrl().orElse("") : "");
        m.put("canonical", data.site().baseUrl().map(u -> u + (path.equals("index.html") ? "" : path)).orElse(""));
        // Link previews need absolute image URLs, so the image is announced only with a base URL.
        m.put("image", data.site().baseUrl().filter(u -> !path.equals("404.html")).map(u -> u + PreviewImages.path(path)).orElse(""));
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
