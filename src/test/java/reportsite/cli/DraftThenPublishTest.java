package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.BuildResult;
import reportsite.build.MiniSite;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.publish.GitForTests;
import reportsite.serve.DevServer;

/**
 * Drafting is not publishing: a figure corrected three times between two publishes, with builds
 * and a serve rebuild in between, is one data update, from the value readers saw to the final
 * one, recorded by the second publish; against a local bare repository as the remote.
 */
class DraftThenPublishTest {

    static final String DATED = MiniData.BASE.replace("  title: \"Mini report\"\n", "  title: \"Mini report\"\n  as_of: 2025-11-28\n");

    @TempDir
    Path tmp;

    Path project;
    Path remote;
    MiniSite site;

    @BeforeEach
    void projectAndRemote() {
        project = tmp.resolve("project");
        remote = tmp.resolve("remote.git");
        site = new MiniSite(project).write("content/metrics.yaml", DATED);
        GitForTests.git(project, "init", "--quiet");
        GitForTests.identity(project);
        commit("content");
        GitForTests.git(tmp, "init", "--quiet", "--bare", remote.toString());
    }

    private void commit(String message) {
        GitForTests.git(project, "add", "content");
        GitForTests.git(project, "commit", "--quiet", "-m", message);
    }

    private MainTest.Run publish() {
        return MainTest.run("publish", "--content", site.content().toString(), "--out", site.out().toString(), "--remote", remote.toString());
    }

    private MainTest.Run build() {
        return MainTest.run("build", "--content", site.content().toString(), "--out", site.out().toString());
    }

    private void setCapex(String value) throws IOException {
        String now = Files.readString(site.content().resolve("metrics.yaml"));
        String edited = now.replaceFirst("(    period: 2025-Q2\\n    value: )[0-9.]+\\n", "$1" + value + "\n");
        assertFalse(edited.equals(now), "the edit applies: " + value);
        site.write("content/metrics.yaml", edited);
    }

    private Path history() {
        return site.content().resolve("data-updates.yaml");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.out().resolve(path)));
    }

    /** A figure saved while serve runs: one rebuild, seen through the server's listener. */
    private void setCapexWhileServing(String value) throws Exception {
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        try (DevServer server = new DevServer(config, "127.0.0.1", 0, new DevServer.Listener() {
            @Override
            public void built(BuildResult result, Set<Path> changed) {
                log.add("built " + changed.stream().map(p -> p.getFileName().toString()).sorted().toList());
            }

            @Override
            public void failed(List<Diagnostic> diagnostics) {
                log.add("failed " + diagnostics);
            }

            @Override
            public void crashed(RuntimeException e) {
                log.add("crashed " + e);
            }
        })) {
            server.start();
            assertEquals("built []", log.poll(60, TimeUnit.SECONDS));
            setCapex(value);
            assertEquals("built [metrics.yaml]", log.poll(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void threeCorrectionsBetweenTwoPublishesAreOneUpdateFromThePublishedValue() throws Exception {
        MainTest.Run first = publish();
        assertEquals(0, first.exit(), first.err());
        assertFalse(first.out().contains("recorded in"), "a first publish has nothing to compare with: " + first.out());
        assertFalse(Files.exists(history()));
        assertTrue(GitForTests.git(remote, "show", "gh-pages:figures.json").contains("\"value\": \"22.4\""), "the branch holds the figures");

        // Drafts: a build, a serve rebuild, a build.
        setCapex("23.1");
        MainTest.Run draft = build();
        assertEquals(0, draft.exit(), draft.err());
        assertTrue(draft.out().contains("Globex, Capital expenditure, Q2 2025: revised, US$22.4 bn → US$23.1 bn"), draft.out());
        setCapexWhileServing("23.5");
        setCapex("24.0");
        assertEquals(0, build().exit());
        assertFalse(Files.exists(history()), "no build or serve writes the history file");
        assertFalse(Files.exists(site.out().resolve("data-updates.html")), "the site shows no update");
        assertFalse(page("index.html").select("nav a").eachText().contains("Data updates"));
        assertTrue(Files.readString(site.out().resolve("figures.json")).contains("\"value\": \"24\""), "the draft's figures");

        commit("capex corrected");
        MainTest.Run second = publish();
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("""
                data changed since the site published before (data as of 2025-11-28):
                  Globex, Capital expenditure, Q2 2025: revised, US$22.4 bn → US$24.0 bn
                  recorded in\s"""), second.out());
        assertTrue(second.out().contains("data-updates.yaml: commit it"), second.out());
        String recorded = Files.readString(history());
        assertEquals(1, recorded.split("- as_of:", -1).length - 1, recorded);
        assertTrue(recorded.endsWith("""
                - as_of: 2025-11-28
                  changes:
                    - {figure: "globex.capex@2025-Q2", kind: revised, entity: "Globex", metric: "Capital expenditure", period: "Q2 2025", before: "US$22.4 bn", before_value: "22.4", after: "US$24.0 bn"}
                """), recorded);
        Document published = Jsoup.parse(GitForTests.git(remote, "show", "gh-pages:data-updates.html"));
        assertEquals(List.of("Revised Globex Capital expenditure Q2 2025 US$22.4 bn US$24.0 bn"), published.select("main tbody tr").eachText());

        // The file committed, the same site again: no new entry and no new commit.
        commit("data update");
        String tip = GitForTests.git(remote, "rev-parse", "gh-pages");
        MainTest.Run again = publish();
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("nothing to publish"), again.out());
        assertEquals(recorded, Files.readString(history()));
        assertEquals(tip, GitForTests.git(remote, "rev-parse", "gh-pages"));

        // A correction, then back to the published value: nothing to record, nothing to publish.
        setCapex("25.0");
        assertEquals(0, build().exit());
        setCapex("24.0");
        assertEquals("", GitForTests.git(project, "status", "--porcelain", "content"), "the content is the committed one again");
        MainTest.Run back = publish();
        assertEquals(0, back.exit(), back.err());
        assertTrue(back.out().contains("nothing to publish"), back.out());
        assertEquals(recorded, Files.readString(history()));
        assertEquals(tip, GitForTests.git(remote, "rev-parse", "gh-pages"));
    }

    @Test
    void aMalformedPublishedFiguresFileIsAnErrorWithAHint() throws IOException {
        assertEquals(0, publish().exit());
        // Someone edits the published branch by hand.
        editPublishedFigures(json -> "{\n  \"format\": \"report-site figures 1\",\n  \"figures\": [\n    {\"key\": \"x\",\n}\n");
        String tip = GitForTests.git(remote, "rev-parse", "gh-pages");
        setCapex("23.1");
        commit("capex corrected");

        MainTest.Run r = publish();

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith("gh-pages:figures.json:6:1: error: YAML syntax: expected ',' or ']'"), r.err());
        assertTrue(r.err().contains("gh-pages:figures.json: error: the published site's figures.json cannot be read"), r.err());
        assertTrue(r.err().contains("hint: publish writes it into every site; repair it on the branch, or delete it there"), r.err());
        assertTrue(r.err().endsWith("; nothing was built or pushed\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(tip, GitForTests.git(remote, "rev-parse", "gh-pages"));
        assertFalse(Files.exists(history()));
    }

    @Test
    void aPublishedFiguresFileWithAFigureMissingItsValueIsPositioned() throws IOException {
        assertEquals(0, publish().exit());
        String json = editPublishedFigures(published -> published.replace("\"value\": \"22.4\"", "\"valu\": \"22.4\""));
        setCapex("23.1");
        commit("capex corrected");

        MainTest.Run r = publish();

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        int line = (int) json.substring(0, json.indexOf("\"value\": \"22.4\"")).lines().count();
        assertTrue(r.err().startsWith("gh-pages:figures.json:" + line + ":"), r.err());
        assertNotNull(r.err().lines().filter(l -> l.contains("'value'")).findFirst().orElse(null), r.err());
    }

    /** Edits figures.json on the published branch by hand, as someone might; returns it as it was. */
    private String editPublishedFigures(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path clone = tmp.resolve("pages");
        GitForTests.git(tmp, "clone", "--quiet", "--branch", "gh-pages", remote.toString(), clone.toString());
        GitForTests.identity(clone);
        String published = Files.readString(clone.resolve("figures.json"));
        Files.writeString(clone.resolve("figures.json"), edit.apply(published));
        GitForTests.git(clone, "commit", "--quiet", "-am", "by hand");
        GitForTests.git(clone, "push", "--quiet", "origin", "gh-pages");
        return published;
    }
}
