package reportsite.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import reportsite.chart.ChartData;
import reportsite.chart.ChartImage;
import reportsite.chart.UnusedCharts;
import reportsite.config.BuildConfig;
import reportsite.content.FrontMatterParser;
import reportsite.content.PageOutline;
import reportsite.content.SlugCheck;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;
import reportsite.publish.LinkChecker;
import reportsite.render.FigureUses;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEngine;
import reportsite.render.TemplateOverrides;
import reportsite.social.PreviewImages;
import reportsite.source.InputFiles;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;
import reportsite.source.Theme;
import reportsite.i18n.UiStrings;
import reportsite.updates.DataChanges;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.UpdateHistory;

/**
 * The stages from {@code content/} and {@code templates/} to the files of {@code site/}, in the
 * order of {@link #run}. Every input is read once, in the first stage; each later stage is a
 * call from values to values. The cached ones are {@link Steps}, each a function of one record
 * of its inputs, whose key is made from that record. A stage reports problems to the run's
 * {@link Diagnostics}; the run stops after any stage that reported an error. Nothing is written
 * here: the site's files and, when publishing, the new history of data updates are returned, for
 * the caller to write when everything succeeded.
 */
final class Pipeline {

    /** A page whose front matter was read. */
    /** @param name its path under its edition's folder, which its translations share */
    private record Outlined(SourceFile file, FrontMatterParser.Parsed parsed, String name) {
        PageOutline outline() {
            return new PageOutline(file.relative(), parsed.meta());
        }
    }

    private final BuildConfig config;
    private final Steps steps;
    /** What the run does with chart images. */
    enum Images {
        /** Each drawn, or kept from an earlier run: {@code build}. */
        DRAWN,
        /**
         * Kept from an earlier run where there is one, the others left for a run that draws them:
         * {@code serve} answers an edit with its pages first and draws the images it changed after.
         */
        KEPT,
        /** None drawn: only whether each would exist matters ({@code check}). */
        NONE
    }

    private final Images images;
    private final Optional<String> previous;
    private final Optional<FigureSnapshot> published;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();

    /**
     * @param images what the run does with chart images
     * @param previous the figures of the last build, as its file has them, to tell the author what
     *     changed; empty for none
     * @param published the figures of the published site, to record what changed since in the
     *     history of data updates; empty to record nothing (a draft)
     */
    Pipeline(BuildConfig config, BuildCache cache, Keys keys, Images images, Optional<String> previous,
             Optional<FigureSnapshot> published) {
        this.config = config;
        this.steps = new Steps(cache, keys);
        this.images = images;
        this.previous = previous;
        this.published = published;
    }

    /** The stages, in the order they run. */
    Site run() {
        Diagnostics d = new Diagnostics();
        try (Work work = new Work()) {
            // 1. read: the pages, the metrics file and its CSV files, the history of data updates, the templates folder
            InputFiles inputs = stage("read", d, () -> SourceReader.read(config.content(), d));
            Optional<SourceFile> historyFile = stage("read", d, () -> UpdateHistory.file(config.content(), d));
            // the templates folder's files over the built-in theme's (a report may have no folder at all)
            Keyed<Theme> templates = stage("read", d, () -> Keyed.of(Theme.read(config.templates(), d)));
            TemplateOverrides.check(templates.value(), d);
            // 2. data: metrics file → one typed dataset per edition, its texts in the edition's language
            Keyed<Map<Language, Dataset>> data = stage("data", d,
                    () -> steps.keyed(Steps.DATA, new Steps.DataIn(inputs.metrics(), inputs.tables(), config.baseUrl()), d));
            // 3. the editions: one per language of the data, each with its interface strings
            Map<Language, Keyed<UiStrings>> editions = stage("editions", d, () -> editions(data.value().keySet(), templates, d));
            Map<Language, Keyed<Dataset>> byLanguage = new LinkedHashMap<>();
            editions.keySet().forEach(language -> byLanguage.put(language, data.part(language, data.value().get(language))));
            // 4. charts of each edition: what each shows; the images are drawn in the background from
            //    here on, while the later stages run
            Map<Language, Keyed<Map<String, Keyed<ChartData>>>> plans = stage("plan charts", d, () -> plan(byLanguage, editions, d));
            Map<Language, CompletableFuture<Map<String, ChartImage>>> images = new LinkedHashMap<>();
            plans.forEach((language, planned) -> images.put(language, work.start(() -> drawCharts(planned.value(), work))));
            // 5. data updates: when publishing (or recording), the figures that changed since those of the
            //    published site, recorded in the history in memory before any page shows them (the caller
            //    writes the file, after the push); a build or a serve shows the history file as it is, since
            //    a draft is not news to readers
            FigureSnapshot dataFigures = timed("data updates",
                    () -> FigureSnapshot.of(config.content(), byLanguage.values().iterator().next().value(), Map.of()));
            SourceText historyText = historyFile.map(SourceFile::sourceText).orElseGet(() -> UpdateHistory.empty(config.content()));
            List<DataUpdate> current = stage("data updates", d, () -> UpdateHistory.parse(historyText, d));
            DataChanges recorded = published.map(p -> DataChanges.between(p, dataFigures)).orElse(DataChanges.none());
            Optional<String> newHistory = recorded.isEmpty() ? Optional.empty()
                    : Optional.of(UpdateHistory.recorded(historyText, recorded)).filter(t -> !t.equals(historyText.text()));
            List<DataUpdate> history = newHistory.map(t -> UpdateHistory.parse(new SourceText(historyText.file(), t), new Diagnostics()))
                    .orElse(current);
            // the templates
            Keyed<TemplateEngine> engine = stage("templates", d, () -> steps.keyed(Steps.TEMPLATES, new Steps.TemplatesIn(templates), d));
            // 6. the pages of each edition, from its folder of content/, by front matter alone
            // (errors in front matter are reported with those of the pages' bodies, so this is not a stage that stops the run)
            // (on this thread: the executor is drawing the charts by now)
            Map<Language, List<Outlined>> outlined = timed("outline", () -> outline(inputs, new ArrayList<>(editions.keySet()), d));
            // 7. the Markdown pages of every edition, compiled together: all their errors are reported
            //    before the run stops, and the cores share the pages of all editions
            List<Compiled> compiled = new ArrayList<>();
            for (Language language : editions.keySet()) {
                EditionContext.Inputs e = new EditionContext.Inputs(language, prefix(language, editions), editions.get(language),
                        byLanguage.get(language), plans.get(language), engine, history, others(language, editions, outlined), config.safe());
                Keyed<EditionContext> edition = Keyed.of(e).map(EditionContext::new);
                List<PageOutline> outlines = outlined.get(language).stream().map(Outlined::outline).toList();
                // the menu, hashed once for the keys of all the edition's pages
                compiled.add(new Compiled(edition, outlined.get(language), Keyed.of(edition.value().renderer().navigation(outlines)),
                        images.get(language)));
            }
            List<Steps.PageIn> toCompile = compiled.stream().flatMap(c -> c.pages().stream().map(c::page)).toList();
            List<RenderedPage> pages = timed("pages", () -> work.map(toCompile, in -> steps.run(Steps.PAGES, in))).stream()
                    .map(r -> r.to(d)).toList();
            d.throwIfErrors();
            // 8. each edition: the pages made from the data (those of all editions made together, as the
            //    Markdown pages are), its chart images and preview images
            List<List<RenderedPage>> byEdition = new ArrayList<>();
            List<Steps.DataPagesIn> dataIns = new ArrayList<>();
            int from = 0;
            for (Compiled c : compiled) {
                List<RenderedPage> own = pages.subList(from, from + c.pages().size());
                byEdition.add(own);
                dataIns.add(dataPagesIn(c, own));
                from += c.pages().size();
            }
            List<SiteRenderer.DataPages> dataPages = stage("data pages", d, () -> work.map(dataIns, in -> steps.run(Steps.DATA_PAGES, in))
                    .stream().map(r -> r.to(d)).toList());
            List<EditionOutput> made = new ArrayList<>();
            for (int i = 0; i < compiled.size(); i++) {
                made.add(edition(compiled.get(i), byEdition.get(i), dataIns.get(i), dataPages.get(i), work, d));
            }
            // 9. every file of the site, and a check of every internal link, anchor and image in it
            SiteFiles.Written written = stage("files", d, () -> work.call(() -> SiteFiles.assemble(made, templates.value(), steps, d)));
            SortedMap<String, byte[]> files = written.files();
            stage("link check", d, () -> work.call(() -> {
                LinkChecker.check(files, SourceReader.display(config.out()), d, written.links()::get);
                return files;
            }));
            if (config.strict()) {
                warningsAsErrors(d);
            }
            // 10. what each page and chart of the default edition shows, for the next build's change report
            EditionOutput main = made.get(0);
            FigureSnapshot figures = timed("change report", () -> dataFigures.withShows(SiteFiles.shows(main)));
            List<Diagnostic> warnings = d.all().stream().filter(w -> w.severity() == Severity.WARNING).toList();
            DataChanges changes = timed("change report", () -> changes(figures));
            return new Site(made.stream().mapToInt(m -> m.pages().size()).sum(), made.stream().mapToInt(m -> m.used().size()).sum(),
                    files, warnings, figures, changes, recorded, newHistory, Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)),
                    written.notDrawn());
        }
    }

    /** {@code --strict}: every warning is an error too, so that nothing is written while one is left. */
    private static void warningsAsErrors(Diagnostics d) {
        d.all().stream().filter(w -> w.severity() == Severity.WARNING).forEach(w -> d.add(
                new Diagnostic(Severity.ERROR, w.position(), w.message() + " (an error with --strict)", w.hint(), w.sourceLine())));
        d.throwIfErrors();
    }

    /** One edition per language of the data that has its interface strings; the first at the site's root. */
    private Map<Language, Keyed<UiStrings>> editions(Set<Language> languages, Keyed<Theme> templates, Diagnostics d) {
        Map<Language, Keyed<UiStrings>> out = new LinkedHashMap<>();
        for (Language language : languages) {
            Keyed<Optional<UiStrings>> ui = steps.keyed(Steps.UI, new Steps.UiIn(templates, language), d);
            ui.value().ifPresent(strings -> out.put(language, ui.map(Optional::get)));
        }
        return out;
    }

    /** An edition's folder in the site: none for the first (default) edition, its language code for the others. */
    private static String prefix(Language language, Map<Language, ?> editions) {
        return editions.keySet().iterator().next().equals(language) ? "" : language.code() + "/";
    }

    /** The charts of each edition, planned from its data in its words. */
    private Map<Language, Keyed<Map<String, Keyed<ChartData>>>> plan(Map<Language, Keyed<Dataset>> data, Map<Language, Keyed<UiStrings>> ui,
                                                             Diagnostics d) {
        Map<Language, Keyed<Map<String, Keyed<ChartData>>>> out = new LinkedHashMap<>();
        data.forEach((language, dataset) -> out.put(language,
                steps.keyed(Steps.PLANS, new Steps.PlanIn(dataset, language, ui.get(language)), d)));
        return out;
    }

    /**
     * An edition whose Markdown pages are being compiled: its context, its pages (a page whose
     * front matter has errors is left out, and its errors are reported with the others'), its
     * menu, and its chart images, being drawn.
     */
    private record Compiled(Keyed<EditionContext> edition, List<Outlined> pages, Keyed<List<Map<String, Object>>> nav,
                            CompletableFuture<Map<String, ChartImage>> images) {

        /** The inputs of one of its pages. */
        Steps.PageIn page(Outlined o) {
            return new Steps.PageIn(edition, o.file(), o.parsed(), o.outline().outputPath(), nav);
        }
    }

    /**
     * What an edition's pages made from the data are made from: comparison, companies, sources,
     * data updates, claims, 404 (the Data updates page names the pages and charts showing each
     * changed figure, the claims page lists the Markdown pages' judged sentences).
     */
    private static Steps.DataPagesIn dataPagesIn(Compiled c, List<RenderedPage> pages) {
        FigureUses uses = FigureUses.of(used(c.edition().value().charts(), used(pages)), pages.stream()
                .map(p -> new FigureUses.PageFigures(p.path(), p.figures(), p.charts())).toList());
        return new Steps.DataPagesIn(c.edition(), c.pages().stream().map(Outlined::outline).toList(), c.nav(), uses,
                pages.stream().map(RenderedPage::claims).toList());
    }

    /** The charts an edition's pages embed, by id. */
    private static List<String> used(List<RenderedPage> pages) {
        return pages.stream().flatMap(p -> p.charts().stream()).distinct().sorted().toList();
    }

    /** The stages of one edition after its Markdown pages and its pages made from the data, to its files (paths without the edition's folder). */
    private EditionOutput edition(Compiled c, List<RenderedPage> pages, Steps.DataPagesIn dataIn, SiteRenderer.DataPages dataPages,
                                  Work work, Diagnostics d) {
        Keyed<EditionContext> edition = c.edition();
        EditionContext e = edition.value();
        SiteRenderer renderer = e.renderer();
        List<Outlined> outlined = c.pages();
        List<PageOutline> outlines = dataIn.pages();
        List<String> used = used(pages);
        // a Markdown page may not take the path of a page made from the data
        outlined.stream().filter(o -> dataPages.files().containsKey(o.outline().outputPath())).forEach(o -> SlugCheck.taken(
                o.file(), o.outline().outputPath(), d));
        d.throwIfErrors();
        // the chart images the pages use
        Map<String, ChartImage> drawn = stage("charts", d, () -> Work.join(c.images()));
        UnusedCharts.warn(e.data(), used, d);
        // preview images for shared links (they need absolute URLs, so only with a base URL)
        Map<String, byte[]> previews = stage("previews", d, () -> e.data().site().baseUrl().isPresent()
                ? work.call(() -> PreviewImages.render(renderer.previews(outlines, dataIn.ledger()))) : Map.of());
        Map<String, String> pairs = pairs(outlined);
        return new EditionOutput(edition, pairs, pages, dataPages, used, drawn, previews);
    }

    /** Runs a stage, notes its time (stages of the same name add up), and stops the run after errors. */
    private <T> T stage(String name, Diagnostics d, Supplier<T> stage) {
        T out = timed(name, stage);
        d.throwIfErrors();
        return out;
    }

    /** Runs a step and notes its time under {@code name}, errors or not (they are reported with a later stage's). */
    private <T> T timed(String name, Supplier<T> step) {
        long start = System.nanoTime();
        T out = step.get();
        stageMillis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        return out;
    }

    /** The options that change what a build writes. */
    static String options(BuildConfig config) {
        return "drafts=" + config.drafts() + " safe=" + config.safe() + " base=" + config.baseUrl().orElse("") + " strict=" + config.strict();
    }

    /** What changed since the last build's figures, when they were read from the same content folder. */
    private DataChanges changes(FigureSnapshot now) {
        // The same figures (an edit of a page's words, say): nothing changed, and nothing to parse.
        return previous.filter(before -> !now.sameFiguresAs(before)).flatMap(FigureSnapshot::parse)
                .filter(before -> before.content().equals(now.content()))
                .map(before -> DataChanges.between(before, now)).orElse(DataChanges.none());
    }

    /**
     * The pages of each edition: those under {@code content/<code>/} belong to that edition, the
     * rest to the default one. A page in one edition without its pair (same file name) in
     * another is reported; {@code --strict} makes that an error.
     */
    private Map<Language, List<Outlined>> outline(InputFiles inputs, List<Language> editions, Diagnostics d) {
        Map<Language, List<Outlined>> out = new LinkedHashMap<>();
        for (Language e : editions) {
            String prefix = e.equals(editions.get(0)) ? "" : e.code() + "/";
            List<SourceFile> files = inputs.pages().stream().filter(f -> editionOf(f, editions).equals(e)).toList();
            List<Outlined> outlined = files.stream()
                    .map(f -> FrontMatterParser.parse(f, prefix, d).filter(p -> config.drafts() || !p.meta().draft())
                            .map(p -> new Outlined(f, p, f.relative().substring(prefix.length()))))
                    .flatMap(Optional::stream).toList();
            SlugCheck.check(outlined.stream().map(Outlined::outline).toList(), files, config.content(), d);
            out.put(e, outlined);
        }
        Map<Language, Map<String, SourceFile>> byName = new LinkedHashMap<>();
        out.forEach((e, pages) -> byName.put(e, pages.stream().collect(Collectors.toMap(Outlined::name, Outlined::file))));
        PagePairs.check(byName, d);
        return out;
    }

    private static Language editionOf(SourceFile f, List<Language> editions) {
        return editions.stream().skip(1).filter(e -> f.relative().startsWith(e.code() + "/")).findFirst().orElse(editions.get(0));
    }

    /** The other editions of {@code language}'s pages, for their language switch: each with its pages by file name. */
    private static List<EditionContext.Other> others(Language language, Map<Language, Keyed<UiStrings>> editions,
                                                     Map<Language, List<Outlined>> outlined) {
        return editions.keySet().stream().filter(o -> !o.equals(language))
                .map(o -> new EditionContext.Other(o, prefix(o, editions), editions.get(o), pairs(outlined.get(o)))).toList();
    }

    /** An edition's pages by file name without its folder → output path, for the other editions' language switch. */
    private static Map<String, String> pairs(List<Outlined> outlined) {
        Map<String, String> out = new TreeMap<>();
        outlined.forEach(o -> out.put(o.name(), o.outline().outputPath()));
        return out;
    }

    private static Map<String, ChartData> used(Map<String, ChartData> charts, List<String> used) {
        Map<String, ChartData> out = new TreeMap<>();
        used.forEach(id -> out.put(id, charts.get(id)));
        return out;
    }

    private Map<String, ChartImage> drawCharts(Map<String, Keyed<ChartData>> planned, Work work) {
        List<ChartImage> drawn = work.map(List.copyOf(planned.values()), c -> {
            Steps.ChartIn in = new Steps.ChartIn(c);
            return switch (images) {
                case DRAWN -> steps.run(Steps.CHARTS, in).value();
                case KEPT -> steps.kept(Steps.CHARTS, in).orElseGet(() -> steps.run(Steps.CHARTS_NOT_DRAWN, in).value());
                case NONE -> steps.run(Steps.CHARTS_NOT_DRAWN, in).value();
            };
        });
        Map<String, ChartImage> byId = new LinkedHashMap<>();
        drawn.forEach(img -> byId.put(img.id(), img));
        return byId;
    }
}
