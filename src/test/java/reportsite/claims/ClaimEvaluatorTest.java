package reportsite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** Each kind of claim, true and false, on {@link ClaimData}. */
class ClaimEvaluatorTest {

    @TempDir
    Path dir;

    private ClaimEvaluator.Outcome judge(String yaml, String claim) {
        Dataset data = MiniData.loadValid(dir, yaml);
        try {
            return new ClaimEvaluator(data).evaluate(ClaimParser.parse(claim));
        } catch (ClaimSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private ClaimEvaluator.Outcome judge(String claim) {
        return judge(ClaimData.YAML, claim);
    }

    private String fails(String claim) {
        return assertInstanceOf(ClaimEvaluator.Fails.class, judge(claim), claim).values();
    }

    private String holds(String claim) {
        return assertInstanceOf(ClaimEvaluator.Holds.class, judge(claim), claim).values();
    }

    @Test
    void comparisonConvertsMoneyToTheReportingCurrency() {
        // acme FY2026-Q1: 38.68 CNY / 7.16 = US$5.40 bn; globex 2025-Q2: US$22.4 bn.
        holds("globex.capex@2025-Q2 > 4 * acme.capex@FY2026-Q1");
        String values = fails("globex.capex@2025-Q2 > 5 * acme.capex@FY2026-Q1");
        assertTrue(values.contains("acme.capex@FY2026-Q1 (Apr–Jun 2025) = US$5.4 bn"), values);
        assertTrue(values.endsWith("so US$22.4 bn is not > US$27.01 bn"), values);
        holds("acme.capex@FY2026-Q1 > 38 in CNY");
        holds("acme.capex@FY2026-Q1 / globex.capex@2025-Q2 < 0.25");
    }

    @Test
    void aBareNumberIsWrittenInTheUnitOfTheFigureItIsComparedWith() {
        // "> 25.5" beside a capex figure in US$ bn is US$25.5 bn; in CNY, CN¥38 bn; beside a growth or a ratio, a number.
        String money = holds("globex.capex@latest > 25.5");
        assertTrue(money.contains("so US$26 bn > US$25.5 bn ("), money);
        String yuan = holds("acme.capex@FY2026-Q1 > 38 in CNY");
        assertTrue(yuan.contains("> CN¥38 bn ("), yuan);
        String growth = holds("qoq acme.growth@FY2026-Q2 > 30");
        assertTrue(growth.contains("> 30 (") || growth.endsWith("> 30"), growth);
        String ratio = holds("acme.capex@FY2026-Q1 / globex.capex@2025-Q2 < 0.25");
        assertTrue(ratio.contains("< 0.25 (") || ratio.endsWith("< 0.25"), ratio);
    }

    @Test
    void latestIsTheNewestCalendarQuarterCommonToTheSeriesCompared() {
        // globex alone is newest in Oct–Dec 2025 (26); with acme, the common quarter is Jul–Sep 2025 (25).
        String values = fails("globex.capex@latest > 6 * acme.capex@latest");
        assertTrue(values.contains("globex.capex@2025-Q3 (Jul–Sep 2025) = US$25 bn"), values);
        assertTrue(values.contains("acme.capex@FY2026-Q2 (Jul–Sep 2025)"), values);
        holds("globex.capex@latest > 25.5");
    }

    @Test
    void yearOnYearGrowthLinesUpAcrossFiscalYears() {
        // Jul–Sep 2025 on Jul–Sep 2024: acme 30 / 12 = +150%, globex 25 / 11 = +127%.
        String values = holds("yoy acme.capex@latest > yoy globex.capex@latest");
        assertTrue(values.contains("yoy acme.capex@FY2026-Q2 (Jul–Sep 2025 on Jul–Sep 2024) = +150%"), values);
        assertTrue(values.contains("yoy globex.capex@2025-Q3 (Jul–Sep 2025 on Jul–Sep 2024) = +127.3%"), values);
        fails("yoy acme.capex@latest < yoy globex.capex@latest");
        // initech's year starts in July: its FY2026-Q1 is Jul–Sep 2025 too; 3 on 2 is +50%.
        String third = fails("yoy initech.capex@latest > yoy acme.capex@latest");
        assertTrue(third.contains("yoy initech.capex@FY2026-Q1 (Jul–Sep 2025 on Jul–Sep 2024) = +50%"), third);
    }

    @Test
    void theLowAndHighEndsOfARange() {
        // A range of US$20–30 bn added for globex: its midpoint is 25, its ends 20 and 30.
        String yaml = ClaimData.YAML.replace("observations:\n", "observations:\n"
                + "  - {entity: globex, metric: capex, period: 2026-Q1, value: {from: 20, to: 30}, sources: [2], confidence: high}\n");
        assertInstanceOf(ClaimEvaluator.Holds.class, judge(yaml, "low globex.capex@2026-Q1 < 21"));
        assertInstanceOf(ClaimEvaluator.Holds.class, judge(yaml, "high globex.capex@2026-Q1 > 29"));
        String values = assertInstanceOf(ClaimEvaluator.Fails.class, judge(yaml, "low globex.capex@2026-Q1 > 24")).values();
        assertTrue(values.contains("low globex.capex@2026-Q1 (Jan–Mar 2026) = US$20–30 bn = 20"), values);
        ClaimEvaluator.Outcome notARange = judge(yaml, "low globex.capex@2025-Q2 > 1");
        assertTrue(assertInstanceOf(ClaimEvaluator.Invalid.class, notARange).message().contains("is not a range"), notARange.toString());
    }

    @Test
    void quarterOnQuarterGrowth() {
        // acme growth metric Apr–Jun 2025 → Jul–Sep 2025: 26 → 34 is +30.77%.
        assertTrue(holds("qoq acme.growth@FY2026-Q2 > 30").contains("= +30.77%"));
    }

    @Test
    void aRecordIsTheHighestOfItsSeriesUpToItsPeriod() {
        holds("acme.capex@FY2026-Q1 is a record");
        String values = fails("acme.capex@FY2026-Q2 is a record");
        assertTrue(values.contains("the highest before it: acme.capex@FY2026-Q1"), values);
        fails("acme.capex@FY2026-Q2 is a record low");
        holds("globex.growth@2025-Q1 is a record low");
        assertTrue(fails("acme.capex@FY2025-Q1 is a record").contains("first figure of its series"));
    }

    @Test
    void theLargestIsAmongEntitiesForTheSameMonths() {
        holds("globex.capex@latest is the largest");
        String values = fails("acme.capex@latest is the largest");
        assertTrue(values.contains("globex.capex@2025-Q3 (Jul–Sep 2025)"), values);
        // Jul–Sep 2025, the newest quarter all three have: initech 3, acme 30 / 7.16 = 4.19, globex 25.
        holds("initech.capex@latest is the smallest");
        fails("acme.capex@latest is the smallest");
    }

    @Test
    void aTrendOverTheLastPeriods() {
        holds("acme.growth@latest is rising over 6");
        holds("globex.growth@latest is rising over 3");
        String values = fails("globex.growth@latest is rising over 4");
        assertTrue(values.endsWith("last 4: Oct–Dec 2024: 30, Jan–Mar 2025: 28, Apr–Jun 2025: 32, Jul–Sep 2025: 34"), values);
        assertTrue(fails("acme.growth@latest is rising over 7").contains("has only 6 figures"));
        holds("globex.growth@2025-Q1 is falling over 3");
    }

    @Test
    void linesThatOnlyMeetDoNotCross() {
        String values = fails("acme.growth crosses globex.growth");
        assertTrue(values.endsWith("Jul–Sep 2025: 34 vs 34 (they meet or stay apart)"), values);
        fails("acme.growth overtakes globex.growth");
        String crossed = ClaimData.YAML.replace("period: 2025-Q3, value: 34", "period: 2025-Q3, value: 30");
        assertInstanceOf(ClaimEvaluator.Holds.class, judge(crossed, "acme.growth crosses globex.growth"));
        assertInstanceOf(ClaimEvaluator.Holds.class, judge(crossed, "acme.growth overtakes globex.growth over 2"));
        assertInstanceOf(ClaimEvaluator.Fails.class, judge(crossed, "globex.growth overtakes acme.growth"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acme.capx@latest > 1                | unknown metric 'capx' in the claim",
        "acm.capex@latest > 1                | unknown entity 'acm' in the claim",
        "acme.capex@FY2030-Q1 > 1            | no figure for acme.capex@FY2030-Q1 in the claim",
        "yoy acme.capex@FY2025-Q1 > 1        | no figure to compute the yoy growth of acme.capex@FY2025-Q1 from",
        "globex.users@latest > acme.capex@latest | no calendar period is common to globex.users, acme.capex"})
    void claimsAboutWhatTheDataDoesNotHave(String claim, String message) {
        assertEquals(message, assertInstanceOf(ClaimEvaluator.Invalid.class, judge(claim)).message());
    }

    @Test
    void aCalendarQuarterTheDataHasAsAFiscalOneSaysWhich() {
        ClaimEvaluator.Invalid invalid = assertInstanceOf(ClaimEvaluator.Invalid.class, judge("acme.capex@2025-Q3 > 1"));
        assertEquals("no figure for acme.capex@2025-Q3 in the claim", invalid.message());
        assertEquals("the data has Jul–Sep 2025 as FY2026-Q2: write acme.capex@FY2026-Q2", invalid.hint());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acme.capex@latest                    | the claim ends where a comparison (>, <, >=, <=) was expected",
        "acme.capex@latest = 2                | expected >, <, >= or <= in the claim, found '='",
        "acme.capex@latest is big             | expected 'a record', 'the largest' or 'rising over N' after 'is', found 'big'",
        "acme.capex@latest is rising over 1   | 'over' takes a number of periods of at least 2, found '1'",
        "acme.capex crosses globex            | expected a series such as alibaba.cloud_revenue_growth (no @period), found 'globex'",
        "acme.capex > 2                       | expected a figure such as alibaba.capex@latest, found 'acme.capex'",
        "acme.capex@latest > 2 in usd         | 'usd' is not a currency code",
        "acme.capex@latest > 2 extra          | unexpected 'extra' at the end of the claim"})
    void malformedClaims(String claim, String message) {
        assertEquals(message, assertThrows(ClaimSyntaxException.class, () -> ClaimParser.parse(claim)).getMessage());
    }

    @Test
    void comparativeWordsAreWholeWords() {
        assertEquals("faster", ComparativeWords.find("It grew faster.").orElseThrow().word());
        assertEquals("more  than", ComparativeWords.find("More x, more  than y").orElseThrow().word());
        assertTrue(ComparativeWords.find("Recorded, crossroads, leadsheet, doubles").isEmpty());
    }
}
