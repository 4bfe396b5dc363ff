package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.cli.Main;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;
import java.util.Optional;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;
import reportsite.publish.SitePublisher;
import reportsite.updates.DataChanges;
import reportsite.updates.FigureChange;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.FiguresFile;
import reportsite.updates.UpdateHistory;

/**
 * The data change report and the history of data updates, on an inline mini-site built and
 * published as a user does, twice or more, with the metrics file edited in between. Publishing
 * is done here as {@code publish} does it, without git: the build records the changes since the
 * figures.json of the site published before, and the history file is written after it.
 */
class DataUpdatesTest {

    static final String DATED = MiniData.BASE.replace("  title: \"Mini report\"\n", "  title: \"Mini report\"\n  as_of: 2025-11-28\n");

    /** Globex capex revised, a new Acme users figure, the Globex users figure withdrawn. */
    static final String REVISED = DATED
            .replace("    period: 2025-Q2\n    value: 22.4\n", "    period: 2025-Q2\n    value: 23.1\n")
            .replace("""
                      - entity: globex
                        metric: users
                        period: 2025-05
                        value: {more_than: 400}
                        sources: [2]
                        confidence: medium
                    """, """
                      - entity: acme
                        metric: users
                        period: 2025-06
                        value: 120
                        sources: [1]
                        confidence: high
                    """);

    @TempDir
    Path root;

    private MiniSite site() {
        return new MiniSite(root).write("content/metrics.yaml", DATED);
    }

    private BuildResult build(MiniSite site) {
        return new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false)).build();
    }

    /** Builds and "publishes" into the output folder: what changed since its figures.json is recorded, then the history written. */
    static BuildResult publish(MiniSite site) {
        Optional<FigureSnapshot> published = Files.exists(site.out().resolve(FiguresFile.PATH)) ? Optional.of(published(site.out())) : Optional.empty();
        BuildResult r = new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false))
                .build(SitePublisher::publish, published);
        try {
            if (r.history().isPresent()) {
                UpdateHistory.write(site.content(), r.history().get());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r;
    }

    /** The figures of the site in {@code out}, as publish reads them from the published site. */
    static FigureSnapshot published(Path out) {
        try {
            Diagnostics d = new Diagnostics();
            Optional<FigureSnapshot> figures = FiguresFile.read(new SourceText("figures.json", Files.readString(out.resolve(FiguresFile.PATH))), d);
            assertEquals(List.of(), d.all());
            return figures.orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void theChangeReportListsExactlyTheChangedFigures() {
        MiniSite site = site();
        assertTrue(build(site).changes().isEmpty(), "a first build has nothing to compare with");
        assertTrue(REVISED.contains("value: 23.1") && REVISED.contains("metric: users\n    period: 2025-06"), "the edit applies");
        site.write("content/metrics.yaml", REVISED);

        DataChanges changes = build(site).changes();

        assertEquals(List.of(
                "Acme Corp, Users, Jun 2025: new, 120 million users",
                "Globex, Capital expenditure, Q2 2025: revised, US$22.4 bn → US$23.1 bn",
                "Globex, Users, May 2025: removed (was > 400 million users)"),
                changes.figures().stream().map(FigureChange::describe).toList());
        assertEquals(List.of("acme.users@2025-06", "globex.capex@2025-Q2", "globex.users@2025-05"),
                changes.figures().stream().map(FigureChange::figure).toList());
        assertEquals(List.of("capex-chart"), changes.charts());
        assertEquals(List.of("company-acme.html", "company-globex.html", "compare.html", "index.html", "sources.html"), changes.pages());
        assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2025-11-28")), changes.asOf());
        assertFalse(Files.exists(site.content().resolve("data-updates.yaml")), "a build reports, and records nothing");
    }

    @Test
    void aFigureChangedBackAndForthIsNoChangeAndAnEditedPageIsNotAFigure() {
        MiniSite site = site();
        build(site);
        site.write("content/index.md", MiniSite.INDEX.replace("Acme spent", "Acme invested"));
        assertTrue(build(site).changes().isEmpty(), "a page edit changes no figure");
        site.write("content/metrics.yaml", DATED.replace("value: 38.68", "value: 38.680"));
        assertTrue(build(site).changes().isEmpty(), "the same number written differently is the same figure");
        assertFalse(Files.exists(site.content().resolve("data-updates.yaml")));
    }

    @Test
    void theHistoryFileGetsAnEntryAndTheSiteAPage() throws IOException {
        MiniSite site = site();
        publish(site);
        assertFalse(Files.exists(site.out().resolve("data-updates.html")), "no page without entries");
        assertFalse(page(site.out(), "index.html").select("nav a").eachText().contains("Data updates"));

        site.write("content/metrics.yaml", REVISED);
        publish(site);

        assertEquals("""
                # Data updates: report-site publish (or record) adds an entry for the figures that changed
                # since the published site, dated with the data's site.as_of. The "Data updates" page
                # lists them, newest first. Entries may be edited by hand; give one a `note:` to say why
                # the figures changed.
                - as_of: 2025-11-28
                  changes:
                    - {figure: "acme.users@2025-06", kind: new, entity: "Acme Corp", metric: "Users", period: "Jun 2025", after: "120 million users"}
                    - {figure: "globex.capex@2025-Q2", kind: revised, entity: "Globex", metric: "Capital expenditure", period: "Q2 2025", before: "US$22.4 bn", before_value: "22.4", after: "US$23.1 bn"}
                    - {figure: "globex.users@2025-05", kind: removed, entity: "Globex", metric: "Users", period: "May 2025", before: "> 400 million users", before_value: "more than 400"}
                """, Files.readString(site.content().resolve("data-updates.yaml")));
        Document updates = page(site.out(), "data-updates.html");
        assertEquals(List.of("Data as of 28 Nov 2025"), updates.select("main h2").eachText());
        assertEquals(List.of("New Acme Corp Users Jun 2025 none 120 million users",
                "Revised Globex Capital expenditure Q2 2025 US$22.4 bn US$23.1 bn",
                "Removed Globex Users May 2025 > 400 million users removed"), updates.select("main tbody tr").eachText());
        assertEquals(List.of("new", "revised", "removed"), updates.select("main tbody tr").eachAttr("class"));
        assertEquals("1 new, 1 revised, 1 removed.", updates.selectFirst("main .update-counts").text());
        // Worked out from this build's content and data: the chart plotting Globex's capex and the
        // pages showing it, the comparison and company pages, and the sources page for the figures still there.
        assertEquals(List.of("Home", "Side by side", "Acme Corp", "Globex", "Sources"),
                updates.select("main .shown-on").get(0).select("a").eachText());
        assertEquals(List.of("index.html#capex-chart"), updates.select("main .shown-on").get(1).select("a").eachAttr("href"));
        for (String path : List.of("index.html", "compare.html", "data-updates.html", "404.html")) {
            assertTrue(page(site.out(), path).select("nav a").eachText().contains("Data updates"), path);
        }
        assertEquals("page", page(site.out(), "data-updates.html").selectFirst("nav a[href=data-updates.html]").attr("aria-current"));
        assertEquals(List.of(), new HtmlChecker().errors("data-updates.html", Files.readAllBytes(site.out().resolve("data-updates.html"))),
                "valid HTML");
    }

    @Test
    void aCloneWithoutTheCacheBuildsTheSameSite() {
        MiniSite site = site();
        publish(site);
        site.write("content/metrics.yaml", REVISED);
        publish(site);
        Path clone = root.resolve("clone/site");
        new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), clone, false, false, true)).build();
        assertEquals(MiniSite.digest(MiniSite.tree(site.out())), MiniSite.digest(MiniSite.tree(clone)));
        assertTrue(MiniSite.tree(clone).containsKey("data-updates.html"));
    }

    /** The history keeps the value before beside its English text, so the Chinese page writes it in Chinese too. */
    @Test
    void anotherEditionWritesTheValueBeforeInItsOwnWords() throws IOException {
        String two = "  reporting_currency: USD\n  languages: [en, zh]\n";
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", DATED.replace("  reporting_currency: USD\n", two));
        publish(site);
        site.write("content/metrics.yaml", REVISED.replace("  reporting_currency: USD\n", two));
        publish(site);
        assertEquals(List.of("修订 Globex Capital expenditure 2025年第二季度 224亿美元 231亿美元",
                        "已删除 Globex Users 2025年5月 > 4亿 users 已删除"),
                page(site.out(), "zh/data-updates.html").select("main tbody tr:not(.new)").eachText());
        // An entry recorded before values were kept beside the texts shows the recorded text.
        String history = Files.readString(site.content().resolve("data-updates.yaml"));
        site.write("content/data-updates.yaml", history.replace(", before_value: \"22.4\"", ""));
        build(site);
        assertEquals("US$22.4 bn", page(site.out(), "zh/data-updates.html").select("main tr.revised td").get(4).text());
    }

    @Test
    void publicationsOnTheSameDateMergeIntoOneEntryAndANewDateAddsOne() throws IOException {
        MiniSite site = site();
        publish(site);
        site.write("content/metrics.yaml", DATED.replace("value: 22.4", "value: 23.1"));
        publish(site);
        site.write("content/metrics.yaml", DATED.replace("value: 22.4", "value: 24.0"));
        BuildResult second = publish(site);
        assertEquals(List.of("Globex, Capital expenditure, Q2 2025: revised, US$23.1 bn → US$24.0 bn"),
                second.recorded().figures().stream().map(FigureChange::describe).toList(), "recorded against the site published before");
        String history = Files.readString(site.content().resolve("data-updates.yaml"));
        assertEquals(1, history.split("- as_of:", -1).length - 1, history);
        assertTrue(history.contains("before: \"US$22.4 bn\", before_value: \"22.4\", after: \"US$24.0 bn\"}"),
                "one entry from the first value to the last:\n" + history);

        site.write("content/metrics.yaml", DATED.replace("as_of: 2025-11-28", "as_of: 2025-12-05")
                .replace("value: 22.4", "value: 24.0").replace("value: 38.68", "value: 40.1"));
        publish(site);
        Document updates = page(site.out(), "data-updates.html");
        assertEquals(List.of("Data as of 5 Dec 2025", "Data as of 28 Nov 2025"), updates.select("main h2").eachText(), "newest first");
        assertEquals(List.of("update-2", "update-1"), updates.select("main h2").eachAttr("id"));

        // Back to the value before the entry of the same date: the entry is left empty, and goes.
        site.write("content/metrics.yaml", DATED.replace("as_of: 2025-11-28", "as_of: 2025-12-05").replace("value: 22.4", "value: 24.0"));
        publish(site);
        assertEquals(List.of("Data as of 28 Nov 2025"), page(site.out(), "data-updates.html").select("main h2").eachText());
        assertEquals(history, Files.readString(site.content().resolve("data-updates.yaml")), "the empty entry is gone");
    }

    @Test
    void anotherContentFolderBuiltIntoTheSameOutputIsNotADataChange() throws IOException {
        MiniSite site = site();
        build(site);
        Path other = root.resolve("other");
        PathUtils.copyDirectory(site.content(), other);
        Files.writeString(other.resolve("metrics.yaml"), REVISED);
        BuildResult r = new SiteBuilder(new BuildConfig(other, Path.of("templates"), site.out(), false, false, false)).build();
        assertTrue(r.changes().isEmpty(), r.changes()::toString);
        assertFalse(Files.exists(other.resolve("data-updates.yaml")));
    }

    @Test
    void buildPrintsTheChanges() {
        MiniSite site = site();
        String[] args = {"build", "--content", site.content().toString(), "--out", site.out().toString()};
        assertEquals(0, run(args)[0].length());
        site.write("content/metrics.yaml", REVISED);
        String out = run(args)[1];
        assertTrue(out.contains("""
                data changed since the last build (data as of 2025-11-28):
                  Acme Corp, Users, Jun 2025: new, 120 million users
                  Globex, Capital expenditure, Q2 2025: revised, US$22.4 bn → US$23.1 bn
                  Globex, Users, May 2025: removed (was > 400 million users)
                  pages showing them: company-acme.html, company-globex.html, compare.html, index.html, sources.html
                  charts showing them: capex-chart
                  (a draft: publish, or record, enters what changed since the published site in the data updates)
                """), out);
        assertFalse(Files.exists(site.content().resolve("data-updates.yaml")));
        String again = run(args)[1];
        assertTrue(again.endsWith("(nothing changed)\n"), again);
    }

    /** Runs the command line; returns its error output and standard output. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, exit, err.toString());
        return new String[] {err.toString(), out.toString()};
    }

    @Test
    void aBrokenHistoryFileIsReportedWithItsPosition() {
        MiniSite site = site().write("content/data-updates.yaml", "- as_of: 2025-11-28\n  changes:\n    - {figure: x, afterr: \"1\"}\n");
        var error = org.junit.jupiter.api.Assertions.assertThrows(reportsite.diag.UserError.class, () -> build(site));
        List<String> messages = error.diagnostics().stream().map(d -> d.position().line() + ":" + d.position().column() + " " + d.message()).toList();
        assertEquals(List.of("3:7 a change needs 'before', 'after' or both", "3:19 unknown key 'afterr' in a change"), messages);
    }
}
