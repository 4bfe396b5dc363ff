package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.content.ClaimLedger;
import reportsite.content.Page;
import reportsite.content.PageOutline;
import reportsite.data.AsOf;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.data.PeriodParser;
import reportsite.data.ValueFormatter;
import reportsite.diag.Diagnostics;
import reportsite.social.Preview;
import reportsite.social.PreviewImages;
import reportsite.i18n.UiStrings;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureChange;
import reportsite.updates.FigureSnapshot;

/**
 * Renders every HTML page of the site: the Markdown pages, and the pages generated from the
 * data (comparison, one per company, sources, data updates, 404). The build renders Markdown
 * pages one by one ({@link #page}), so that a page unchanged since the last build can come
 * from its cache, and the data pages together ({@link #dataPages}).
 */
public final class SiteRenderer {

    /** The claims ledger: every sentence the build judges, linked from the methodology page. */
    public static final String CLAIMS = "claims.html";

    /** The page listing {@code content/data-updates.yaml}, present when it has entries. */
    public static final String DATA_UPDATES = "data-updates.html";
    private static final String NOT_FOUND = "404.html";

    private final TemplateEngine engine;
    private final Dataset data;
    private final List<DataUpdate> updates;
    private final Edition edition;
    private final UiStrings ui;
    private final DataViews views;
    /** The editions of the language switch: none for a site with one edition. */
    private final List<Edition.Other> allEditions;
    /** The dataset for templates ({@code data.metric.capex.latest.alibaba.text}): built once, read by every page. */
    private Map<String, Object> dataModel;

    /**
     * @param data the data of the edition, its texts in the edition's language
     * @param updates the entries of {@code content/data-updates.yaml}, oldest first
     * @param others the site's other editions, for the language switch
     */
    public SiteRenderer(TemplateEngine engine, Dataset data, List<DataUpdate> updates, Edition edition, List<Edition.Other> others) {
        this.engine = engine;
        this.data = data;
        this.updates = List.copyOf(updates);
        this.edition = edition;
        // Every edition, this one too, the one at the root first, in the same order on every page.
        List<Edition.Other> all = new ArrayList<>(others);
        if (!others.isEmpty()) {
            all.add(new Edition.Other(edition, Map.of()));
            all.sort(Comparator.comparing((Edition.Other o) -> !o.edition().prefix().isEmpty()).thenComparing(o -> o.edition().prefix()));
        }
        this.allEditions = List.copyOf(all);
        this.ui = edition.ui();
        this.views = new DataViews(data, ui);
    }

    /** The menu of every page: {@code {title, href, summary}} items. */
    public List<Map<String, Object>> navigation(List<PageOutline> pages) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (PageOutline p : ordered(pages)) {
            if (p.inMenu(edition.prefix())) {
                // The home page's title is the report's; the menu calls it what it is.
                nav.add(navItem(p.outputPath().equals("index.html") ? ui.get("nav.overview") : p.meta().title(), p.outputPath(), p.meta().summary()));
            }
        }
        if (!data.entities().isEmpty()) {
            nav.add(navItem(ui.get("nav.compare"), "compare.html", ""));
        }
        if (!data.sources().isEmpty()) {
            nav.add(navItem(ui.get("nav.sources"), "sources.html", ""));
        }
        if (!updates.isEmpty()) {
            nav.add(navItem(ui.get("nav.data_updates"), DATA_UPDATES, ""));
        }
        return List.copyOf(nav);
    }

    /** A Markdown page as HTML, or empty after reporting a template error. */
    public Optional<byte[]> page(Page p, List<Map<String, Object>> nav, Diagnostics diagnostics) {
        return renderPage(p, nav, diagnostics).map(html -> html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The pages made from the data and the site's structure (the 404 page too), by output path.
     *
     * @param shows by output path, for each page made from the figures, its model as text (or a
     *     hash of it): two builds whose texts differ for a page show different figures on it (the
     *     change report)
     */
    public record DataPages(Map<String, byte[]> files, Map<String, String> shows) {
    }

    /**
     * The pages made from the data; template errors go to {@code diagnostics}.
     *
     * @param uses where the Markdown pages and charts show each figure, for the Data updates page
     */
    public DataPages dataPages(List<PageOutline> pages, List<Map<String, Object>> nav, FigureUses uses, List<ClaimLedger.Entry> ledger,
                               Diagnostics diagnostics) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, String> shows = new TreeMap<>();
        for (DataPage g : dataPageList(ordered(pages), uses, ledger)) {
            Map<String, Object> model = g.model().get();
            if (g.showsFigures()) {
                shows.put(g.path(), model.toString());
            }
            putBytes(out, g.path(), renderDataPage(g.template(), g.path(), g.title(), nav, model, diagnostics));
        }
        // GitHub Pages serves the root's 404 page for the whole site; its language switch leads to every edition's home.
        putBytes(out, NOT_FOUND, renderDataPage("404.ftlh", NOT_FOUND, ui.get("not_found.title"), nav, new LinkedHashMap<>(), diagnostics));
        return new DataPages(out, shows);
    }

    /**
     * What the preview image of each page shows, for every page the site has but the 404 page:
     * the site's and the page's title, the page's description, and on the home page the key
     * figures of each entity.
     */
    public List<Preview> previews(List<PageOutline> pages, List<ClaimLedger.Entry> ledger) {
        List<Preview> out = new ArrayList<>();
        for (PageOutline p : ordered(pages)) {
            boolean home = p.outputPath().equals("index.html");
            out.add(new Preview(edition.prefix() + p.outputPath(), kicker(p.meta().title()), p.meta().title(), p.meta().description(),
                    swatches(data.entities()), keyFigureColumns(home ? data.entities() : List.of())));
        }
        for (DataPage g : dataPageList(ordered(pages), FigureUses.none(), ledger)) {
            List<Entity> about = g.figures().isEmpty() ? data.entities() : g.figures();
            out.add(new Preview(edition.prefix() + g.path(), kicker(g.title()), g.title(), g.text(), swatches(about), keyFigureColumns(g.figures())));
        }
        return out;
    }

    /** The site's title above the page's, unless they are the same. */
    private String kicker(String title) {
        return title.equals(data.site().title()) ? data.site().asOf().map(d -> ui.format("preview.figures_as_of", Map.of("date", asOfText())))
                .orElse("") : data.site().title();
    }

    private static List<Preview.Swatch> swatches(List<Entity> entities) {
        return entities.stream().map(e -> new Preview.Swatch(e.shortName(), e.colour())).toList();
    }

    private List<Preview.Column> keyFigureColumns(List<Entity> entities) {
        return entities.stream().map(e -> new Preview.Column(e.shortName(), e.colour(),
                views.keyFigures(e, 3).stream().map(f -> new Preview.Figure((String) f.get("label"), (String) f.get("text"),
                        (String) f.get("period"))).toList())).toList();
    }

    /** Pages in menu order: by {@code order}, then slug. */
    private static List<PageOutline> ordered(List<PageOutline> pages) {
        List<PageOutline> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparingInt((PageOutline p) -> p.meta().order()).thenComparing(p -> p.meta().slug()));
        return ordered;
    }

    /**
     * A page generated from the data rather than from Markdown.
     *
     * @param text the sentence its preview image shows
     * @param figures the entities whose key figures its preview image shows
     * @param showsFigures true when it shows figures of the data, for the change report
     */
    private record DataPage(String template, String path, String title, Supplier<Map<String, Object>> model,
                             String text, List<Entity> figures, boolean showsFigures) {
    }

    /** The pages generated from the data, in output order (but the 404 page). */
    private List<DataPage> dataPageList(List<PageOutline> ordered, FigureUses uses, List<ClaimLedger.Entry> ledger) {
        List<DataPage> out = new ArrayList<>();
        if (!data.entities().isEmpty()) {
            out.add(new DataPage("compare.ftlh", "compare.html", ui.get("compare.title"), this::compareModel, "", data.entities(), true));
            for (Entity e : data.entities()) {
                out.add(new DataPage("entity.ftlh", "company-" + e.id() + ".html", e.name(), () -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("entity", views.entity(e));
                    model.put("metrics", views.history(e));
                    return model;
                }, "", List.of(e), true));
            }
        }
        if (!data.sources().isEmpty()) {
            out.add(new DataPage("sources.ftlh", "sources.html", ui.get("sources.title"), () -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("sources", data.sources().stream().map(views::source).toList());
                return model;
            }, ui.format(data.sources().size() == 1 ? "sources.summary_one" : "sources.summary_many", Map.of("n", data.sources().size())),
                    List.of(), true));
        }
        if (!updates.isEmpty()) {
            out.add(new DataPage("data-updates.ftlh", DATA_UPDATES, ui.get("updates.title"), () -> updatesModel(ordered, uses),
                    ui.get("updates.summary"), List.of(), false));
        }
        // Every edition has the page, even with nothing to list, so that the language switch always leads somewhere.
        if (!data.entities().isEmpty()) {
            out.add(new DataPage("claims.ftlh", CLAIMS, ui.get("ledger.title"), () -> ledgerModel(ledger), ui.get("ledger.summary"), List.of(), false));
        }
        if (ordered.stream().noneMatch(p -> p.outputPath().equals("index.html"))) {
            // Without a home page of its own, the site gets a list of all pages (as Hugo's list page).
            out.add(new DataPage("list.ftlh", "index.html", data.site().title(), () -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("pages", ordered.stream().map(p -> navItem(p.meta().title(), p.outputPath(), p.meta().summary())).toList());
                return model;
            }, data.site().description(), data.entities(), false));
        }
        return out;
    }

    private static void putBytes(Map<String, byte[]> out, String path, Optional<String> html) {
        html.ifPresent(h -> out.put(path, h.getBytes(StandardCharsets.UTF_8)));
    }

    /** The judged sentences, page by page, each with its condition, outcome and deciding values. */
    private Map<String, Object> ledgerModel(List<ClaimLedger.Entry> ledger) {
        Map<String, Map<String, Object>> byPage = new LinkedHashMap<>();
        for (ClaimLedger.Entry e : ledger) {
            Map<String, Object> page = byPage.computeIfAbsent(e.page(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("title", e.title());
                m.put("path", e.page());
                m.put("entries", new ArrayList<Map<String, Object>>());
                return m;
            });
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("sentence", e.sentence());
            x.put("condition", e.condition());
            x.put("holds", e.holds());
            x.put("values", e.values());
            x.put("verdict", e.verdict());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
            entries.add(x);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pages", List.copyOf(byPage.values()));
        model.put("count", ledger.size());
        model.put("failing", ledger.stream().filter(e -> !e.holds()).count());
        return model;
    }

    private Map<String, Object> compareModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("entities", views.entities());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Metric m : data.metrics()) {
            rows.add(views.comparisonRow(m));
        }
        model.put("rows", rows);
        model.put("reportingCurrency", data.site().reportingCurrency());
        model.put("reportingCurrencyName", ValueFormatter.currencyName(data.language(), data.site().reportingCurrency()));
        model.put("fx", data.fxRates().stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", ValueFormatter.rate(data.language(), r));
            x.put("note", r.note());
            x.put("sources", r.sources().stream().map(views::sourceRef).toList());
            return x;
        }).toList());
        return model;
    }

    /** The entries newest first; each keeps the number of its place in the file as its anchor. */
    private Map<String, Object> updatesModel(List<PageOutline> ordered, FigureUses uses) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = updates.size() - 1; i >= 0; i--) {
            DataUpdate u = updates.get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", "update-" + (i + 1));
            x.put("asOf", u.asOf().map(d -> AsOf.date(edition.language(), d)).orElse(""));
            x.put("note", u.note(edition.language()));
            List<DataUpdate> later = updates.subList(i + 1, updates.size());
            x.put("changes", u.changes().stream().map(c -> change(c, later)).toList());
            Map<String, Object> counts = new LinkedHashMap<>();
            for (FigureChange.Kind k : FigureChange.Kind.values()) {
                counts.put(k.word(), u.changes().stream().filter(c -> c.kind() == k).count());
            }
            x.put("counts", counts);
            x.put("pages", shownOn(u.changes(), ordered, uses));
            x.put("charts", chartsOf(u.changes(), uses));
            list.add(x);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("updates", list);
        return model;
    }

    /** Entity id, metric id and period label of a figure key {@code entity.metric@period}. */
    private static final Pattern FIGURE_KEY = Pattern.compile("([^.@]+)\\.([^@]+)@(.+)");

    /**
     * The pages that show any of the changed figures, in menu order: Markdown pages whose
     * directives or charts show one; the comparison page and each company's page for any figure
     * of an entity and metric the data still has; the sources page for any figure still there.
     */
    private List<Map<String, Object>> shownOn(List<FigureChange> changes, List<PageOutline> ordered, FigureUses uses) {
        Set<String> paths = new HashSet<>(uses.pagesOf(changes.stream().map(FigureChange::figure).toList()));
        for (FigureChange c : changes) {
            Matcher m = FIGURE_KEY.matcher(c.figure());
            if (!m.matches() || data.entity(m.group(1)).isEmpty() || data.metric(m.group(2)).isEmpty()) {
                continue;
            }
            paths.add("compare.html");
            paths.add("company-" + m.group(1) + ".html");
            if (data.observation(m.group(1), m.group(2), m.group(3)).isPresent() && !data.sources().isEmpty()) {
                paths.add("sources.html");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        ordered.stream().filter(p -> paths.contains(p.outputPath()))
                .forEach(p -> out.add(navItem(p.meta().title(), p.outputPath(), "")));
        dataPageList(ordered, uses, List.of()).stream().filter(g -> g.showsFigures() && paths.contains(g.path()))
                .forEach(g -> out.add(navItem(g.title(), g.path(), "")));
        return out;
    }

    /** The charts that plot any of the changed figures, by title, each linked to the first page showing it. */
    private List<Map<String, Object>> chartsOf(List<FigureChange> changes, FigureUses uses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : uses.chartsOf(changes.stream().map(FigureChange::figure).toList())) {
            String title = data.charts().stream().filter(c -> c.id().equals(id)).map(c -> c.title()).findFirst().orElse(id);
            String href = uses.chartPages().getOrDefault(id, List.of()).stream().findFirst().map(p -> p + "#" + id).orElse("");
            out.add(navItem(title, href, ""));
        }
        return out;
    }

    /**
     * A change as the history file recorded it, in the default edition's words. Another edition
     * names the entity, metric and period in its own words, and writes the value after the
     * change in its own style when that is still the figure's value (no later update changed
     * it), and the value before from the value the history recorded beside its text (entries
     * recorded before that keep the text).
     */
    private Map<String, Object> change(FigureChange c, List<DataUpdate> later) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("figure", c.figure());
        x.put("entity", c.entity());
        x.put("metric", c.metric());
        x.put("period", c.period());
        x.put("before", c.before().orElse(""));
        x.put("after", c.after().orElse(""));
        Matcher key = FIGURE_KEY.matcher(c.figure());
        if (!edition.prefix().isEmpty() && key.matches()) {
            data.entity(key.group(1)).ifPresent(e -> {
                x.put("entity", e.shortName());
                // A figure removed since is not in the data: its period is read from its key.
                PeriodParser.parse(key.group(3), e.fiscalYearStart()).ifPresent(p -> x.put("period", ValueFormatter.period(data.language(), p)));
            });
            data.metric(key.group(2)).ifPresent(m -> {
                x.put("metric", m.label());
                String currency = data.entity(key.group(1)).map(Entity::currency).orElse(data.site().reportingCurrency());
                c.beforeValue().flatMap(FigureSnapshot::valueOf).ifPresent(v -> x.put("before",
                        ValueFormatter.format(data.language(), m, v, currency, false, ValueFormatter.Style.SHORT)));
            });
            data.observation(key.group(1), key.group(2), key.group(3)).ifPresent(o -> {
                x.put("period", ValueFormatter.period(data.language(), o.period()));
                boolean current = later.stream().flatMap(u -> u.changes().stream()).noneMatch(l -> l.figure().equals(c.figure()));
                if (c.after().isPresent() && current) {
                    x.put("after", views.figure(o, Optional.empty()).get("text"));
                }
            });
        }
        x.put("kind", c.kind().word());
        return x;
    }

    private static Map<String, Object> navItem(String title, String href, String summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("href", href);
        m.put("summary", summary);
        return m;
    }
    /** @param source the file name of a Markdown page under its edition's folder; empty for a page made from the data */
    private Map<String, Object> common(String path, String title, String description, List<Map<String, Object>> nav,
                                       Optional<String> source) {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<String> base = data.site().baseUrl();
        boolean notFound = path.equals(NOT_FOUND);
        m.put("ui", ui.model());
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
        m.put("root", notFound ? base.orElse(edition.root()) : edition.root());
        m.put("home", notFound ? base.map(u -> u + edition.prefix()).orElse("") : "");
        m.put("canonical", base.map(u -> u + edition.prefix() + (path.equals("index.html") ? "" : path)).orElse(""));
        // Link previews need absolute image URLs, so the image is announced only with a base URL.
        m.put("image", base.filter(u -> !notFound).map(u -> u + PreviewImages.path(edition.prefix() + path)).orElse(""));
        m.put("alternates", alternates(path, source, m.get("root").toString()));
        m.put("searchIndex", edition.prefix() + SearchIndex.PATH);
        m.put("asOfText", asOfText());
        m.put("entities", views.entities());
        m.put("hasSources", !data.sources().isEmpty());
        // Made when a template first reads it: most builds render few pages, and a map of every
        // figure is only worth making for a page that reads it (the object wrapper reads a Map
        // through an adapter, entry by entry).
        m.put("data", new AbstractMap<String, Object>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                return dataModel().entrySet();
            }
        });
        return m;
    }

    private Optional<String> renderPage(Page p, List<Map<String, Object>> nav, Diagnostics diagnostics) {
        Map<String, Object> model = common(p.outputPath(), p.meta().title(), p.meta().description(), nav,
                Optional.of(p.source().substring(edition.prefix().length())));
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
        return engine.render("page.ftlh", model, diagnostics);
    }

    private Optional<String> renderDataPage(String template, String path, String title, List<Map<String, Object>> nav,
                                            Map<String, Object> extra, Diagnostics diagnostics) {
        Map<String, Object> model = common(path, title, "", nav, Optional.empty());
        model.putAll(extra);
        return engine.render(template, model, diagnostics);
    }

    /** The date the figures are as of, as the edition writes dates ("—" without one). */
    private String asOfText() {
        return data.site().asOf().isPresent() ? AsOf.text(data) : "—";
    }

    /**
     * This page in every edition, this one included ({@code current}), for the language switch
     * and the {@code hreflang} links: a Markdown page missing from an edition links that
     * edition's home; the pages made from the data exist in every edition.
     */
    private List<Map<String, Object>> alternates(String path, Optional<String> source, String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Edition.Other o : allEditions) {
            boolean current = o.edition().equals(edition);
            Optional<String> pair = current || source.isEmpty() ? Optional.of(path) : Optional.ofNullable(o.pages().get(source.get()));
            boolean paired = pair.isPresent() && !path.equals(NOT_FOUND);
            String target = paired ? pair.get() : "index.html";
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("hreflang", o.edition().language().htmlLang());
            x.put("label", o.edition().ui().get("language.name"));
            x.put("href", current ? "" : root + o.edition().prefix() + target);
            x.put("absolute", paired ? data.site().baseUrl()
                    .map(u -> u + o.edition().prefix() + (target.equals("index.html") ? "" : target)).orElse("") : "");
            out.add(x);
        }
        return out;
    }

    /** Made on first use: a build whose pages all come from the cache renders none and needs none. */
    private synchronized Map<String, Object> dataModel() {
        if (dataModel == null) {
            dataModel = views.templateModel();
        }
        return dataModel;
    }
}
