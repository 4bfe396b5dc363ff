package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.claims.ComparativeWords;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;

/**
 * The comparative words of a Chinese page: found inside the text, which has no spaces, but not
 * in the longer words that compare nothing, and never in what a directive writes. Data:
 * {@link PageCompilerTest#YAML} (globex capex US$22.4 bn in 2025-Q2, acme US$5.4 bn).
 */
class ChineseClaimsTest {

    private static final String FILE = "content/zh/page.md";

    @TempDir
    Path dir;

    private Dataset data;

    @BeforeEach
    void load() {
        data = MiniData.loadValid(dir, PageCompilerTest.YAML);
    }

    /** The problems of a page body that starts on line 1, judged as a page of {@code language}. */
    private List<Diagnostic> check(String body, Language language) {
        Diagnostics d = new Diagnostics();
        Document document = new MarkdownRenderer(false).parse(body);
        DirectiveFinder.Found found = DirectiveFinder.find(document, new SourceText(FILE, body), 1, 1, d);
        ClaimSentences.check(document, found, data, d, language,
                reportsite.i18n.UiStrings.load(Path.of("templates"), language, new Diagnostics()).orElseThrow());
        return d.all();
    }

    private static void assertWarningAt(List<Diagnostic> all, String word, int line, int column) {
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("'" + word + "' compares or ranks, but its sentence has no claim to check it against the data",
                all.get(0).message());
        assertEquals(new Position(FILE, line, column), all.get(0).position());
    }

    @Test
    void aChineseComparisonWithoutAClaimWarnsAtTheWord() {
        assertWarningAt(check("Globex的资本开支为{{ globex.capex@2025-Q2 }}，高于Acme。\n", Language.ZH), "高于", 1, 40);
    }

    @Test
    void aClaimSilencesItsSentenceAndOnlyItsSentence() {
        assertEquals(List.of(), check("Globex的资本开支{{ globex.capex@2025-Q2 }}高于Acme"
                + "{{ claim globex.capex@2025-Q2 > acme.capex@FY2026-Q1 }}。\n", Language.ZH));
        // A Chinese sentence ends at 。 with no space after it, so the claim of the first does not cover the second.
        assertWarningAt(check("Globex高于Acme{{ claim globex.capex@2025-Q2 > acme.capex@FY2026-Q1 }}。"
                + "其资本开支{{ globex.capex@2025-Q2 }}\n创纪录。\n", Language.ZH), "创纪录", 2, 1);
    }

    @Test
    void wordsThatNameThingsAndWhatDirectivesWriteAreNotTheAuthorsComparison() {
        assertEquals(List.of(), check("""
                Globex的TPU加速器出货{{ globex.users@2025-05 }}。

                为最大化收益，Globex投入{{ globex.capex@2025-Q2 }}。

                Globex是领先的云服务商，用户{{ globex.users@2025-05 }}。

                用户数为{{ globex.users@2025-05 }}。
                """, Language.ZH));
        assertWarningAt(check("加速器之外，Globex也在加速：{{ globex.capex@2025-Q2 }}。\n", Language.ZH), "加速", 1, 15);
    }

    @Test
    void eachEditionReadsItsOwnWords() {
        String english = "Globex spent {{ globex.capex@2025-Q2 }}, higher than Acme.\n";
        assertWarningAt(check(english, Language.EN), "higher", 1, 42);
        assertEquals(List.of(), check(english, Language.ZH), "an English word in a Chinese page is a name, not the comparison");
        assertEquals(List.of(), check("Globex的资本开支为{{ globex.capex@2025-Q2 }}，高于Acme。\n", Language.EN));
    }

    @Test
    void docsListTheChineseWords() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(Path.of("docs/authoring.md"));
        List<String> absent = java.util.stream.Stream.concat(ComparativeWords.words(Language.ZH).stream(),
                        ComparativeWords.notComparing(Language.ZH).stream())
                .filter(w -> !docs.contains(w + "、") && !docs.contains(w + " ") && !docs.contains(w + "\n")).toList();
        assertEquals(List.of(), absent, "words missing from docs/authoring.md");
    }

    @Test
    void theChineseListFindsWordsInsideText() {
        assertEquals(Optional.of(new ComparativeWords.Found(5, "反超")), ComparativeWords.find("第三季度已反超谷歌", Language.ZH));
        assertEquals(Optional.of(new ComparativeWords.Found(4, "加速")), ComparativeWords.find("加速卡和加速", Language.ZH));
        assertEquals(Optional.empty(), ComparativeWords.find("加速计算与最小化成本", Language.ZH));
        assertEquals(ComparativeWords.find("It doubled."), ComparativeWords.find("It doubled.", Language.EN));
    }
}
