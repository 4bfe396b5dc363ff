package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/**
 * Every kind of mistake in the metrics file, one row each: the valid {@link MiniData#BASE} is
 * mutated, loaded, and the single error it causes must name the problem at the exact line and
 * column of the offending token (1-based; "0" means the whole file).
 */
class MetricsErrorsTest {

    @TempDir
    Path dir;

    /** One malformed input: how to make it from the base, and the error it must cause. */
    record Case(String name, UnaryOperator<String> mutate, String fragment, int line, int column) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, UnaryOperator<String> mutate, String fragment, int line, int column) {
        return new Case(name, mutate, fragment, line, column);
    }

    /** Replaces text that occurs exactly once in the base, so a case cannot silently miss. */
    private static UnaryOperator<String> replace(String old, String with) {
        return yaml -> {
            int at = yaml.indexOf(old);
            if (at < 0 || yaml.indexOf(old, at + 1) >= 0) {
                throw new IllegalArgumentException("test setup: '" + old + "' must occur exactly once");
            }
            return yaml.replace(old, with);
        };
    }

    private static UnaryOperator<String> append(String text) {
        return yaml -> yaml + text;
    }

    private static UnaryOperator<String> both(UnaryOperator<String> a, UnaryOperator<String> b) {
        return yaml -> b.apply(a.apply(yaml));
    }

    static Stream<Case> cases() {
        String deep = "[".repeat(40) + "1" + "]".repeat(40);
        return Stream.of(
                // --- YAML itself
                c("yaml syntax error", replace("  title: \"Mini report\"", "  title: Mini: report"),
                        "YAML syntax: mapping values are not allowed here", 2, 14),
                c("tab indentation", replace("    name: Globex", "\tname: Globex"),
                        "YAML syntax", 11, 1),
                c("custom tag", replace("    value: 22.4", "    value: !foo 22.4"),
                        "YAML tag '!foo' is not allowed", 52, 12),
                c("deep nesting", append("deep: " + deep + "\n"), "YAML nesting is too deep", 67, 39),
                c("cname with a scheme", replace("  reporting_currency: USD\n", "  reporting_currency: USD\n  cname: https://report.example.org\n"),
                        "cname must be a domain name, found 'https://report.example.org' (hint: only the host, without https:// or a path", 4, 10),
                // --- structure: unknown keys and wrong shapes
                c("event with a bad date", append("events:\n  - {date: 2026-13-01, label: Raised, charts: [capex-chart]}\n"),
                        "'date' must be a date YYYY-MM-DD, found '2026-13-01'", 68, 12),
                c("event on an unknown chart", append("events:\n  - {date: 2026-04-29, label: Raised, charts: [capex-chrt]}\n"),
                        "unknown chart 'capex-chrt'", 68, 48),
                c("event without a date", append("events:\n  - {label: Raised, charts: [capex-chart]}\n"),
                        "missing required field 'date' in an event", 68, 5),
                c("unknown top-level key", append("sorces: []\n"),
                        "unknown key 'sorces' in the metrics file (hint: did you mean 'sources'?)", 67, 1),
                c("unknown key in entity", replace("    fiscal_year_start: 4", "    fiscal_year_begin: 4"),
                        "unknown key 'fiscal_year_begin' in an entity (hint: did you mean 'fiscal_year_start'?)", 9, 5),
                c("unknown key in metric", replace("    noun: users", "    nouns: users"),
                        "unknown key 'nouns' in a metric (hint: did you mean 'noun'?)", 40, 5),
                c("unknown key in observation", replace("    confidence: high\n", "    confidence: high\n    notes: x\n"),
                        "unknown key 'notes' in an observation (hint: did you mean 'note'?)", 49, 5),
                c("text for a number", replace("    value: 22.4", "    value: twenty"),
                        "'value' must be a number, found text 'twenty'", 52, 12),
                c("list for a mapping", replace("site:\n  title: \"Mini report\"\n  reporting_currency: USD\n",
                        "site:\n  - title: \"Mini report\"\n  - reporting_currency: USD\n"),
                        "site must be a mapping (key: value), found a list", 2, 3),
                c("unit not one of the choices", replace("    unit: money", "    unit: dollars"),
                        "'unit' cannot be 'dollars' (hint: use one of: money, percent, count)", 34, 11),
                c("fiscal year start out of range", replace("    fiscal_year_start: 4", "    fiscal_year_start: 13"),
                        "'fiscal_year_start' must be a whole number from 1 to 12, found 13", 9, 24),
                c("invalid id", replace("    scale: million\n", "    scale: million\n  - id: Tokens Total\n    label: T\n    unit: count\n"),
                        "'Tokens Total' is not a valid id", 42, 9),
                // --- missing required fields
                c("missing title", replace("    title: \"Acme results\"\n", ""),
                        "missing required field 'title' in a source", 15, 5),
                c("missing id", replace("    scale: million\n", "    scale: million\n  - label: T\n    unit: count\n"),
                        "missing required field 'id' in a metric", 42, 5),
                c("missing sources", replace("    value: 22.4\n    sources: [2]\n", "    value: 22.4\n"),
                        "missing 'sources': a figure without a source is not published", 49, 5),
                c("missing value", replace("    value: 22.4\n", ""),
                        "missing required field 'value' in an observation", 49, 5),
                c("missing confidence", replace("    confidence: high\n", ""),
                        "missing required field 'confidence' in an observation", 43, 5),
                // --- references
                c("unknown entity", replace("  - entity: globex\n    metric: capex", "  - entity: globx\n    metric: capex"),
                        "unknown entity 'globx' (hint: did you mean 'globex'?)", 49, 13),
                c("unknown metric", replace("    metric: users", "    metric: user"),
                        "unknown metric 'user' (hint: did you mean 'users'?)", 56, 13),
                c("unknown source", replace("    value: 38.68\n    sources: [1]", "    value: 38.68\n    sources: [3]"),
                        "unknown source 3", 47, 15),
                // --- duplicates
                c("duplicate entity id", replace("    currency: USD\nsources:",
                        "    currency: USD\n  - id: acme\n    name: Acme Two\n    colour: \"#000000\"\n    currency: USD\nsources:"),
                        "duplicate entity id 'acme' (hint: the first is at line 5", 14, 9),
                c("duplicate metric id", replace("    scale: million\n",
                        "    scale: million\n  - id: capex\n    label: Again\n    unit: money\n"),
                        "duplicate metric id 'capex' (hint: the first is at line 32", 42, 9),
                c("duplicate source id", replace("    url: https://example.com/globex\n",
                        "    url: https://example.com/globex\n  - id: 2\n    title: T\n    publisher: P\n    url: https://example.com/x\n"),
                        "duplicate source id '2' (hint: the first is at line 20", 25, 9),
                c("duplicate chart id", append("  - id: capex-chart\n    kind: line\n    metric: capex\n    currency: USD\n    title: Again\n"),
                        "duplicate chart id 'capex-chart' (hint: the first is at line 62)", 67, 9),
                c("duplicate observation", replace("    confidence: medium\ncharts:",
                        "    confidence: medium\n  - {entity: globex, metric: capex, period: 2025-Q2, value: 1, sources: [2], confidence: low}\ncharts:"),
                        "duplicate observation globex.capex@2025-Q2 (hint: the first is at line 49", 61, 5),
                // --- periods, dates and formats
                c("malformed period", replace("    period: 2025-Q2", "    period: 2025-Q5"),
                        "malformed period '2025-Q5'", 51, 13),
                c("malformed date", replace("    confidence: high\n", "    confidence: high\n    next_update: 2026-02-30\n"),
                        "'next_update' must be a date YYYY-MM-DD, found '2026-02-30'", 49, 18),
                c("malformed source date", replace("    date: 2025-07", "    date: July 2025"),
                        "source date must be YYYY, YYYY-MM or YYYY-MM-DD, found 'July 2025'", 23, 11),
                c("bad colour", replace("    colour: \"#1A73E8\"", "    colour: \"blue\""),
                        "colour must be #RRGGBB, found 'blue'", 12, 13),
                c("bad currency", replace("  reporting_currency: USD", "  reporting_currency: US"),
                        "currency must be a three-letter ISO 4217 code, found 'US'", 3, 23),
                c("non-http source url", replace("    url: https://example.com/globex", "    url: ftp://example.com/globex"),
                        "source url must be an http or https address", 24, 10),
                // --- numbers
                c("NaN", replace("    value: 22.4", "    value: .nan"), "'value' must be a finite number, found .nan", 52, 12),
                c("infinity", replace("    value: 38.68", "    value: -.inf"), "'value' must be a finite number, found -.inf", 46, 12),
                c("out of range", replace("    value: 22.4", "    value: 1e30"), "'value' is out of range: 1e30", 52, 12),
                c("negative money", replace("    value: 22.4", "    value: -22.4"),
                        "a money figure cannot be negative: -22.4", 52, 12),
                c("range from >= to", replace("    value: {more_than: 400}", "    value: {from: 500, to: 400}"),
                        "a range must go from the lower to the higher figure", 58, 12),
                c("value mapping with two keys", replace("    value: {more_than: 400}", "    value: {more_than: 400, about: 410}"),
                        "a value mapping needs exactly one of about, more_than, less_than, text, or from+to", 58, 12),
                c("non-positive fx rate", replace("    sources: [1]\nmetrics:",
                        "    sources: [1]\n  - {base: USD, quote: EUR, rate: 0, as_of: 2025-06-30, sources: [1]}\nmetrics:"),
                        "an FX rate must be positive", 31, 35),
                c("derived from a missing base", replace("    value: 38.68", "    value: {derived: {base: FY2025-Q1, growth_pct: 20}}"),
                        "cannot derive from acme.capex@FY2025-Q1: no such observation", 46, 12),
                c("derived value with empty arithmetic", replace("    value: 38.68", "    value: {derived: {value: 38.68, how: \"\"}}"),
                        "'how' is empty", 46, 42),
                // --- charts
                c("chart with unknown metric", replace("    metric: capex\n    currency: USD", "    metric: capx\n    currency: USD"),
                        "unknown metric 'capx' (hint: did you mean 'capex'?)", 64, 13),
                c("chart money in two currencies, no currency", replace("    currency: USD\n    title: \"Capex\"", "    title: \"Capex\""),
                        "chart 'capex-chart' compares money in 2 currencies without converting (hint: add 'currency: USD')", 62, 5),
                c("chart currency without fx rate", replace("    currency: USD\n    title: \"Capex\"", "    currency: EUR\n    title: \"Capex\""),
                        "chart 'capex-chart' needs an FX rate from CNY to EUR", 62, 5),
                c("chart with only qualitative values", both(
                        replace("    value: {more_than: 400}", "    value: {text: \"hundreds of millions\"}"),
                        replace("    metric: capex\n    currency: USD", "    metric: users\n    currency: USD")),
                        "chart 'capex-chart' has no figure it can plot", 62, 5),
                c("chart range not a calendar period", replace("    kind: grouped_bar\n", "    kind: grouped_bar\n    from: FY2025\n"),
                        "a chart's range must be a calendar period, found 'FY2025'", 64, 11),
                c("chart 'last' of zero periods", replace("    kind: grouped_bar\n", "    kind: grouped_bar\n    last: 0\n"),
                        "'last' must be a whole number from 1 to 1000, found 0", 64, 11),
                c("chart 'last' not a whole number", replace("    kind: grouped_bar\n", "    kind: grouped_bar\n    last: 2.5\n"),
                        "'last' must be a whole number from 1 to 1000, found 2.5", 64, 11),
                c("chart with both 'last' and a range", replace("    kind: grouped_bar\n", "    kind: grouped_bar\n    from: 2025-Q1\n    last: 4\n"),
                        "a chart takes either 'last' or 'from'/'to', not both", 65, 11),
                c("empty file", yaml -> "", "the metrics file is empty", 0, 0),
                // The composer keeps duplicate keys; NodeReader.mapping reports the second.
                c("duplicate key", replace("    name: Acme Corp\n", "    name: Acme Corp\n    name: Acme Again\n"),
                        "duplicate key 'name' in an entity (hint: each key may appear once in a mapping; the first is at line 6)", 7, 5),
                // snakeyaml-engine gives the alias limit no mark: YamlDocument finds the 21st alias.
                c("alias bomb", append("""
                        lol:
                          a: &a [x, x, x, x, x, x, x, x, x]
                          b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                          c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                          d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                        """), "too many YAML aliases", 71, 15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeAtItsPlace(Case tc) {
        String yaml = tc.mutate().apply(MiniData.BASE);
        Diagnostics diagnostics = new Diagnostics();
        MiniData.load(dir, yaml, diagnostics);

        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size(), () -> "expected exactly one error, got:\n" + formatted(errors));
        Diagnostic d = errors.get(0);
        String text = d.message() + (d.hint().isEmpty() ? "" : " (hint: " + d.hint() + ")");
        assertTrue(text.contains(tc.fragment()), () -> "message '" + text + "' should contain '" + tc.fragment() + "'");
        assertEquals(new Position("content/metrics.yaml", tc.line(), tc.column()), d.position(), () -> d.format());
        if (tc.line() > 0) {
            assertEquals(yaml.split("\n", -1)[tc.line() - 1], d.sourceLine(),
                    "the diagnostic quotes the offending line");
        }
    }

    @Test
    void theBaseIsValid() {
        Dataset data = MiniData.loadValid(dir, MiniData.BASE);
        assertEquals(2, data.entities().size());
        assertEquals(3, data.observations().size());
        assertTrue(cases().count() >= 30, "the table covers at least 30 mistakes");
        assertEquals(1, data.charts().size());
    }

    @Test
    void reportsAllMistakesOfOneRunTogether() {
        String yaml = replace("    colour: \"#1A73E8\"", "    colour: blue")
                .andThen(replace("    period: 2025-Q2", "    period: 2025-Q7"))
                .andThen(replace("    metric: users", "    metric: usres"))
                .apply(MiniData.BASE);
        Diagnostics diagnostics = new Diagnostics();
        MiniData.load(dir, yaml, diagnostics);

        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(3, errors.size(), () -> formatted(errors));
        assertEquals(List.of(12, 51, 56), errors.stream().map(e -> e.position().line()).toList(), "in file order");
        assertTrue(errors.get(0).message().startsWith("colour must be #RRGGBB"));
        assertTrue(errors.get(1).message().startsWith("malformed period '2025-Q7'"));
        assertTrue(errors.get(2).message().startsWith("unknown metric 'usres'"));
    }

    /** Each chart is checked, also after an earlier chart's mistake. */
    @Test
    void reportsTheMistakesOfEveryChart() {
        String yaml = replace("    currency: USD\n    title: \"Capex\"", "    currency: EUR\n    title: \"Capex\"")
                .andThen(replace("    value: {more_than: 400}", "    value: {text: \"hundreds of millions\"}"))
                .andThen(append("  - id: users-chart\n    kind: grouped_bar\n    metric: users\n    title: \"Users\"\n"))
                .apply(MiniData.BASE);
        assertEquals(List.of(
                        "62:5 chart 'capex-chart' needs an FX rate from CNY to EUR (for acme.capex@FY2026-Q1)",
                        "67:5 chart 'users-chart' has no figure it can plot"),
                errorsOf(yaml));
    }

    @Test
    void aDuplicateChartIdIsReportedAlsoWhenTheChartHasOtherMistakes() {
        String yaml = append("  - id: capex-chart\n    kind: pie\n    metric: capex\n    title: \"Again\"\n").apply(MiniData.BASE);
        List<String> errors = errorsOf(yaml);
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("67:9 duplicate chart id 'capex-chart'"), errors::toString);
        assertTrue(errors.get(1).startsWith("68:11 "), errors::toString);
    }

    /** The value of an observation is checked even when its entity, metric or period is wrong. */
    @Test
    void aWrongValueIsReportedNextToAnUnknownEntity() {
        String yaml = replace("  - entity: acme\n", "  - entity: acm\n")
                .andThen(replace("    value: 38.68", "    value: -38.68"))
                .andThen(replace("    period: 2025-05\n    value: {more_than: 400}", "    period: 2025-13\n    value: {more_than: 4, less_than: 9}"))
                .apply(MiniData.BASE);
        List<String> errors = errorsOf(yaml);
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("43:13 unknown entity 'acm'"), errors::toString);
        assertTrue(errors.get(1).startsWith("46:12 a money figure cannot be negative: -38.68"), errors::toString);
        assertTrue(errors.get(2).startsWith("57:13 malformed period '2025-13'"), errors::toString);
        assertTrue(errors.get(3).startsWith("58:12 a value mapping needs exactly one of"), errors::toString);
    }

    /** An empty source list is reported although an earlier part of the file has a mistake. */
    @Test
    void anEmptySourceListIsReportedAfterOtherMistakes() {
        String yaml = replace("    colour: \"#1A73E8\"", "    colour: blue")
                .andThen(replace("    sources: [2]\n    confidence: medium\n  - entity: globex\n    metric: users",
                        "    sources: []\n    confidence: medium\n  - entity: globex\n    metric: users"))
                .apply(MiniData.BASE);
        List<String> errors = errorsOf(yaml);
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("12:13 colour must be #RRGGBB"), errors::toString);
        assertTrue(errors.get(1).startsWith("53:14 'sources' is empty"), errors::toString);
    }

    private List<String> errorsOf(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        MiniData.load(dir, yaml, diagnostics);
        return diagnostics.errors().stream().map(e -> e.position().line() + ":" + e.position().column() + " " + e.message()).toList();
    }

    @Test
    void tabIndentationHintSaysToUseSpaces() {
        Diagnostics diagnostics = new Diagnostics();
        MiniData.load(dir, replace("    name: Globex", "\tname: Globex").apply(MiniData.BASE), diagnostics);
        assertEquals("indent with spaces, not tabs", diagnostics.errors().get(0).hint());
    }

    @Test
    void formatsLikeACompiler() {
        Diagnostics diagnostics = new Diagnostics();
        MiniData.load(dir, replace("    period: 2025-Q2", "    period: 2025-Q5").apply(MiniData.BASE), diagnostics);
        String formatted = diagnostics.errors().get(0).format();
        assertEquals("""
                content/metrics.yaml:51:13: error: malformed period '2025-Q5'
                        period: 2025-Q5
                                ^
                    hint: write 2025, 2025-Q2, 2025-07, 2025-07-23, FY2026 or FY2026-Q1""", formatted);
    }

    private static String formatted(List<Diagnostic> errors) {
        return String.join("\n", errors.stream().map(Diagnostic::format).toList());
    }
}
