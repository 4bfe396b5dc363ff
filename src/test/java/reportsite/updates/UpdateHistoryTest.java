package reportsite.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/** The history file written and read back; the snapshot written and read back. */
class UpdateHistoryTest {

    private static FigureChange change(String figure, String before, String after) {
        return new FigureChange(figure, "Acme \"Corp\"", "Capex", "Q2 2025", Optional.ofNullable(before), Optional.ofNullable(after));
    }

    private static DataChanges changes(String asOf, FigureChange... figures) {
        return new DataChanges(Optional.ofNullable(asOf).map(LocalDate::parse), List.of(figures), List.of(), List.of());
    }

    @Test
    void appendsAfterHandEditsAndKeepsThem() {
        String text = """
                # my comment
                - as_of: 2025-10-01
                  note: "Restated: the Q2 release was corrected."   # kept
                  changes:
                    - {figure: a.capex@2025-Q2, before: "1", after: "2"}
                """;
        String out = UpdateHistory.recorded(new SourceText("content/data-updates.yaml", text), changes("2025-11-28", change("a.capex@2025-Q3", null, "3")));
        assertEquals(text + """

                - as_of: 2025-11-28
                  changes:
                    - {figure: "a.capex@2025-Q3", kind: new, entity: "Acme \\"Corp\\"", metric: "Capex", period: "Q2 2025", after: "3"}
                """, out);
        Diagnostics d = new Diagnostics();
        List<DataUpdate> read = UpdateHistory.parse(new SourceText("x", out), d);
        assertTrue(d.all().isEmpty(), d.all()::toString);
        assertEquals(2, read.size());
        assertEquals("Restated: the Q2 release was corrected.", read.get(0).note());
        assertEquals("Acme \"Corp\"", read.get(1).changes().get(0).entity());
    }

    @Test
    void mergesIntoTheLastEntryOfTheSameDateKeepingItsNote() {
        String text = """
                - as_of: 2025-11-28
                  note: "First revision."
                  changes:
                    - {figure: "a", entity: "A", metric: "M", period: "P", before: "1", after: "2"}
                    - {figure: "b", entity: "A", metric: "M", period: "P", after: "5"}
                """;
        String out = UpdateHistory.recorded(new SourceText("x", text), changes("2025-11-28",
                change("a", "2", "3"), change("b", "5", null), change("c", "7", "8")));
        assertEquals("""
                - as_of: 2025-11-28
                  note: "First revision."
                  changes:
                    - {figure: "a", kind: revised, entity: "Acme \\"Corp\\"", metric: "Capex", period: "Q2 2025", before: "1", after: "3"}
                    - {figure: "c", kind: revised, entity: "Acme \\"Corp\\"", metric: "Capex", period: "Q2 2025", before: "7", after: "8"}
                """, out, "a: 1→2→3 is 1→3; b added then removed is nothing; c is new");
        assertEquals(out, UpdateHistory.recorded(new SourceText("x", out), changes("2025-11-28", change("a", "2", "3"), change("c", "7", "8"))),
                "recording the same change twice changes nothing");
    }

    @Test
    void aNoteMayBeWrittenPerLanguageAndMergingKeepsEveryLanguage() {
        String text = """
                - as_of: 2025-11-28
                  note:
                    en: "First revision."
                    zh: "第一次修订。"
                  changes:
                    - {figure: "a", entity: "A", metric: "M", period: "P", before: "1", after: "2"}
                """;
        String out = UpdateHistory.recorded(new SourceText("x", text), changes("2025-11-28", change("c", null, "8")));
        assertTrue(out.startsWith("""
                - as_of: 2025-11-28
                  note:
                    en: "First revision."
                    zh: "第一次修订。"
                  changes:
                """), out);
        Diagnostics d = new Diagnostics();
        DataUpdate read = UpdateHistory.parse(new SourceText("x", out), d).get(0);
        assertTrue(d.all().isEmpty(), d.all()::toString);
        assertEquals("第一次修订。", read.note(reportsite.data.Language.ZH));
        assertEquals("First revision.", read.note(reportsite.data.Language.EN));
        UpdateHistory.parse(new SourceText("x", "- as_of: 2025-11-28\n  note: {en: \"x\", fr: \"y\"}\n  changes: []\n"), d);
        assertEquals(List.of("x:2:19: unknown key 'fr' in a note (one string, or one per language code)"),
                d.all().stream().map(m -> m.position() + ": " + m.message()).toList());
    }

    /** The value before is kept beside its text, written and read back, and through a merge the first one stays. */
    @Test
    void theValueBeforeIsKeptBesideItsText() {
        FigureChange revised = new FigureChange("a.capex@2025-Q2", "Acme", "Capex", "Q2 2025", Optional.of("US$1 bn"),
                Optional.of("US$2 bn"), Optional.of("more than 1"));
        String out = UpdateHistory.recorded(new SourceText("x", ""), changes("2025-11-28", revised));
        assertTrue(out.contains("before: \"US$1 bn\", before_value: \"more than 1\", after: \"US$2 bn\"}"), out);
        Diagnostics d = new Diagnostics();
        assertEquals(List.of(revised), UpdateHistory.parse(new SourceText("x", out), d).get(0).changes());
        assertTrue(d.all().isEmpty(), () -> d.all().toString());
        FigureChange again = new FigureChange("a.capex@2025-Q2", "Acme", "Capex", "Q2 2025", Optional.of("US$2 bn"),
                Optional.of("US$3 bn"), Optional.of("2"));
        String merged = UpdateHistory.recorded(new SourceText("x", out), changes("2025-11-28", again));
        assertEquals(Optional.of("more than 1"), UpdateHistory.parse(new SourceText("x", merged), d).get(0).changes().get(0).beforeValue(),
                "from the first value before");
        assertEquals(Optional.of(new reportsite.data.Value.MoreThan(new java.math.BigDecimal("1"))), FigureSnapshot.valueOf("more than 1"));
        assertEquals(Optional.of(new reportsite.data.Value.Range(new java.math.BigDecimal("91"), new java.math.BigDecimal("93"))),
                FigureSnapshot.valueOf("91 to 93"));
        assertEquals(Optional.empty(), FigureSnapshot.valueOf("3,200 trillion"), "a text is not a value");
        Diagnostics bad = new Diagnostics();
        UpdateHistory.parse(new SourceText("content/data-updates.yaml", out.replace("\"more than 1\"", "\"over one\"")), bad);
        List<String> lines = out.lines().toList();
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("before_value")).findFirst().orElseThrow());
        assertEquals(List.of("content/data-updates.yaml:" + (line + 1) + ":" + (lines.get(line).indexOf("\"more than 1\"") + 1)
                + ": warning: 'before_value' is not a value the build writes: 'over one'"),
                bad.all().stream().map(x -> x.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void undatedChangesMergeWithUndatedEntries() {
        String once = UpdateHistory.recorded(new SourceText("x", ""), changes(null, change("a", "1", "2")));
        assertTrue(once.startsWith("- as_of: null\n"), once);
        assertEquals(once, UpdateHistory.recorded(new SourceText("x", once), changes(null, change("a", "1", "2"))));
        assertEquals(Optional.empty(), UpdateHistory.parse(new SourceText("x", once), new Diagnostics()).get(0).asOf());
    }

    @Test
    void theSnapshotReadsBackAsWritten() {
        TreeMap<String, FigureSnapshot.Figure> figures = new TreeMap<>();
        figures.put("a.b@2025", new FigureSnapshot.Figure("A \"quoted\" \\ name", "Métrique\ttab", "2025", "more than 1", "> CN¥1 bn\n"));
        figures.put("c.d@FY2026-Q1", new FigureSnapshot.Figure("C", "D", "FY2026 Q1", "text triple-digit", "triple-digit \u2028"));
        TreeMap<String, String> shows = new TreeMap<>();
        shows.put("page:index.html", "abc");
        FigureSnapshot s = new FigureSnapshot("some/content", Optional.of(LocalDate.parse("2025-11-28")), figures, shows);
        assertEquals(Optional.of(s), FigureSnapshot.parse(s.text()));
        assertEquals(Optional.empty(), FigureSnapshot.parse("figures: [1, 2]"));
        assertEquals(Optional.empty(), FigureSnapshot.parse("{{{"));
    }

    @Test
    void aSnapshotKnowsAFileOfTheSameFiguresWithoutReadingIt() {
        // What lets a page edit skip reading the last build's figures: only what the pages show differs.
        TreeMap<String, FigureSnapshot.Figure> figures = new TreeMap<>();
        figures.put("a.b@2025", new FigureSnapshot.Figure("A", "B", "2025", "1", "US$1 bn"));
        FigureSnapshot s = new FigureSnapshot("content", Optional.empty(), figures, new TreeMap<>(java.util.Map.of("page:a.html", "x")));
        FigureSnapshot otherShows = s.withShows(java.util.Map.of("page:a.html", "y", "page:b.html", "z"));
        assertTrue(s.sameFiguresAs(otherShows.text()));
        assertTrue(otherShows.sameFiguresAs(s.text()));
        TreeMap<String, FigureSnapshot.Figure> revised = new TreeMap<>(figures);
        revised.put("a.b@2025", new FigureSnapshot.Figure("A", "B", "2025", "2", "US$2 bn"));
        assertFalse(s.sameFiguresAs(new FigureSnapshot("content", Optional.empty(), revised, s.shows()).text()));
        TreeMap<String, FigureSnapshot.Figure> added = new TreeMap<>(figures);
        added.put("a.b@2026", new FigureSnapshot.Figure("A", "B", "2026", "3", "US$3 bn"));
        assertFalse(s.sameFiguresAs(new FigureSnapshot("content", Optional.empty(), added, s.shows()).text()));
        assertFalse(new FigureSnapshot("content", Optional.empty(), added, s.shows()).sameFiguresAs(s.text()));
        assertFalse(s.sameFiguresAs(new FigureSnapshot("other", Optional.empty(), figures, s.shows()).text()));
        assertFalse(s.sameFiguresAs("figures: damaged"));
    }

    @Test
    void aFileWithoutKindsReadsAsBeforeAndAKindMustMatchTheValues() {
        String old = """
                - as_of: 2025-10-01
                  changes:
                    - {figure: a.capex@2025-Q2, before: "1", after: "2"}
                    - {figure: a.capex@2025-Q3, after: "3"}
                    - {figure: a.capex@2025-Q1, before: "4"}
                """;
        Diagnostics d = new Diagnostics();
        List<DataUpdate> read = UpdateHistory.parse(new SourceText("content/data-updates.yaml", old), d);
        assertTrue(d.all().isEmpty(), d.all()::toString);
        assertEquals(List.of(FigureChange.Kind.REVISED, FigureChange.Kind.NEW, FigureChange.Kind.REMOVED),
                read.get(0).changes().stream().map(FigureChange::kind).toList());

        String wrong = """
                - as_of: 2025-10-01
                  changes:
                    - {figure: a.capex@2025-Q2, kind: new, before: "1", after: "2"}
                    - {figure: a.capex@2025-Q3, kind: added, after: "3"}
                """;
        Diagnostics e = new Diagnostics();
        UpdateHistory.parse(new SourceText("content/data-updates.yaml", wrong), e);
        assertEquals(List.of("content/data-updates.yaml:3:39: a change of kind 'new' needs 'after' alone",
                        "content/data-updates.yaml:4:39: 'kind' cannot be 'added'"),
                e.errors().stream().map(x -> x.position().file() + ":" + x.position().line() + ":" + x.position().column() + ": " + x.message()).toList());
        assertEquals("this change has 'before' and 'after', which makes it 'revised'", e.errors().get(0).hint());
    }
}
