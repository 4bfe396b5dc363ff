package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.i18n.UiStrings;
import reportsite.source.InputFiles;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;

/**
 * A page's claims are checked (messages in English) and recorded (the ledger in the edition's
 * words) in one pass when the edition's words for the deciding values are the English ones:
 * that pass gives exactly what the two passes give, for every page of the example in both
 * editions, and with English words of the templates' own it still gives the two passes' result.
 */
class OnePassClaimsTest {

    @TempDir
    Path dir;

    /** The messages and the ledger of a page, as written. */
    private record Judged(List<String> messages, List<ClaimSentences.Judged> ledger) {
    }

    private static Judged onePass(Document doc, DirectiveFinder.Found found, Dataset data, UiStrings ui) {
        Diagnostics d = new Diagnostics();
        List<ClaimSentences.Judged> ledger = new ArrayList<>();
        ClaimSentences.checkAndRecord(doc, found, data, d, data.language(), ui, ledger::add);
        return new Judged(d.all().stream().map(Diagnostic::format).toList(), ledger);
    }

    private static Judged twoPasses(Document doc, DirectiveFinder.Found found, Dataset data, UiStrings ui) {
        Diagnostics d = new Diagnostics();
        List<ClaimSentences.Judged> ledger = new ArrayList<>();
        ClaimSentences.check(doc, found, data, d, data.language(), ui);
        ClaimSentences.record(doc, found, data, data.language(), ui, ledger::add);
        return new Judged(d.all().stream().map(Diagnostic::format).toList(), ledger);
    }

    /** Every page of the example's edition in {@code language}, judged both ways with {@code ui}; the number of sentences judged. */
    private static int assertSameForEveryPage(Language language, UiStrings ui) {
        return assertSameForEveryPage(language, ui, text -> text).ledger();
    }

    /** What the pages of an edition gave: sentences judged, messages. */
    private record Counts(int ledger, int messages) {
    }

    /** As above, each page's text edited by {@code edit} first. */
    private static Counts assertSameForEveryPage(Language language, UiStrings ui, java.util.function.UnaryOperator<String> edit) {
        Diagnostics d = new Diagnostics();
        InputFiles inputs = SourceReader.read(Path.of("content"), d);
        Map<Language, Dataset> editions = MetricsLoader.loadEditions(inputs.metrics().orElseThrow(), inputs.tables(), d);
        assertEquals(List.of(), d.all());
        Dataset data = editions.get(language);
        String folder = language == Language.EN ? "" : language.code() + "/";
        int judged = 0;
        int messages = 0;
        for (SourceFile read : inputs.pages()) {
            boolean ofEdition = language == Language.EN ? !read.relative().contains("/") : read.relative().startsWith(folder);
            if (!ofEdition) {
                continue;
            }
            SourceFile file = new SourceFile(read.relative(), read.display(), read.path(), edit.apply(read.text()));
            FrontMatterParser.Parsed parsed = FrontMatterParser.parse(file, folder, d).orElseThrow();
            Document doc = MarkdownRenderer.of(false, language.citesAfterLetter()).parse(parsed.body(file));
            DirectiveFinder.Found found = DirectiveFinder.find(doc, file.sourceText(), parsed.bodyLine(), 1, new Diagnostics());
            Judged two = twoPasses(doc, found, data, ui);
            assertEquals(two, onePass(doc, found, data, ui), file.relative());
            judged += two.ledger().size();
            messages += two.messages().size();
        }
        return new Counts(judged, messages);
    }

    @Test
    void onePassJudgesAsTwoDoInBothEditions() {
        UiStrings en = UiStrings.load(Path.of("templates"), Language.EN, new Diagnostics()).orElseThrow();
        UiStrings zh = UiStrings.load(Path.of("templates"), Language.ZH, new Diagnostics()).orElseThrow();
        assertTrue(reportsite.claims.Wording.of(en).sameWordsAs(reportsite.claims.Wording.english()), "the example's English is one pass");
        assertFalse(reportsite.claims.Wording.of(zh).sameWordsAs(reportsite.claims.Wording.english()), "its Chinese is two");
        assertTrue(assertSameForEveryPage(Language.EN, en) > 20, "the English pages judge sentences");
        assertTrue(assertSameForEveryPage(Language.ZH, zh) > 20, "the Chinese pages judge sentences");
    }

    @Test
    void pagesWithSomethingToReportGiveTheirMessagesInEnglishInBothEditions() {
        // Every claim "x < y" of the pages turned into "x > y": they fail, and each page that binds one has errors to report.
        java.util.function.UnaryOperator<String> flip = text -> text.replaceAll("(\\{\\{ *claim [^}]*?) < ", "$1 > ");
        for (Language language : List.of(Language.EN, Language.ZH)) {
            UiStrings ui = UiStrings.load(Path.of("templates"), language, new Diagnostics()).orElseThrow();
            Counts counts = assertSameForEveryPage(language, ui, flip);
            assertTrue(counts.messages() > 3, language + ": the flipped claims are reported: " + counts);
        }
    }

    @Test
    void englishWordsOfTheTemplatesOwnStillRecordTheLedgerInThem() throws Exception {
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        String shipped = Files.readString(Path.of("templates/i18n/en.yaml"));
        String edited = shipped.replace("figure: \"{key} ({span}) = {value}\"", "figure: \"{key} ({span}) is {value}\"");
        assertNotEquals(shipped, edited, "the example's en.yaml has the line this test edits");
        Files.writeString(i18n.resolve("en.yaml"), edited);
        UiStrings own = UiStrings.load(dir, Language.EN, new Diagnostics()).orElseThrow();
        assertFalse(reportsite.claims.Wording.of(own).sameWordsAs(reportsite.claims.Wording.english()));
        assertTrue(assertSameForEveryPage(Language.EN, own) > 20);
    }
}
