package reportsite.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.claims.Claim;
import reportsite.claims.ClaimEvaluator;
import reportsite.claims.ClaimParser;
import reportsite.claims.ClaimSyntaxException;
import reportsite.claims.ComparativeWords;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Period;
import reportsite.diag.Diagnostics;
import reportsite.i18n.UiStrings;

/**
 * Judges the claims of a page, sentence by sentence. A {@code {{ claim … }}} binds the sentence
 * it stands in: when the data no longer bears it out, the error points at that sentence. A
 * sentence that shows data (a figure or a reference to a figure) and uses a comparative word
 * without a claim gets a warning at the word, so the author sees what is unchecked. Words of
 * direction, size and time ({@link JudgedWords}) are judged against the figures of their
 * sentence without a claim: a mismatch is an error at the word.
 */
final class ClaimSentences {

    /** Stands for a directive in a sentence's text: not a letter, so no word runs across it. */
    private static final char MARK = '\uFFFC';

    /** {@code {{ claim none }}}: the author says the sentence's comparative word compares nothing ("lower bound"). */
    private static final String NONE = "none";
    /** Compiled once: a page judges hundreds of sentences. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACE_BEFORE_MARK = java.util.regex.Pattern.compile(" ([,.;:)])");

    private final ClaimEvaluator evaluator;
    private final BodyPositions positions;
    private final Diagnostics diagnostics;
    private final Language language;
    private final Dataset data;
    private final JudgedWords judged;
    private final UiStrings ui;
    /** The words of the deciding values: the edition's for the ledger, English for messages. */
    private final reportsite.claims.Wording words;
    private final Map<DirectiveNode, Directive> directives = new IdentityHashMap<>();
    /** Where each judged sentence is recorded, for the claims ledger; null when nobody asks. */
    private java.util.function.Consumer<Judged> ledger;

    private final StringBuilder text = new StringBuilder();
    /** The source offset of each character of {@link #text}. */
    private int[] offsets = new int[256];
    private final Map<Integer, Directive> marks = new HashMap<>();

    private ClaimSentences(Dataset data, DirectiveFinder.Found found, Diagnostics diagnostics, Language language, UiStrings ui,
                           reportsite.claims.Wording words) {
        this.words = words;
        this.ui = ui;
        this.evaluator = new ClaimEvaluator(data, words);
        this.data = data;
        this.judged = JudgedWords.of(ui);
        this.positions = found.positions();
        this.diagnostics = diagnostics;
        this.language = language;
        for (int i = 0; i < found.nodes().size(); i++) {
            directives.put(found.nodes().get(i), found.directives().get(i));
        }
    }

    /** Checks a page of {@code language}'s edition, for that language's comparative words and sentence ends. */
    static void check(Document document, DirectiveFinder.Found found, Dataset data, Diagnostics diagnostics, Language language,
                      UiStrings ui) {
        if (found.directives().isEmpty()) {
            return;
        }
        new ClaimSentences(data, found, diagnostics, language, ui, reportsite.claims.Wording.english()).visit(document);
    }

    /**
     * A sentence that was judged: a claim bound to it, or a word the data judges.
     *
     * @param line its line in the file
     * @param sentence its text, each directive written as in the source
     * @param condition the claim's condition, or the word and what it says
     * @param holds whether the data bears it out
     * @param values the values that decide it, and for a comparison how far it is from flipping
     * @param verdict for a fact check's finding, its verdict in the edition's words; "" for a sentence
     */
    record Judged(int line, String sentence, String condition, boolean holds, String values, String verdict) {
    }

    /**
     * {@link #check} and {@link #record} of a page. The words only say what is judged, they never
     * decide it: where the edition says the deciding values in the words of the messages (English,
     * as shipped), one pass does both; otherwise the pass in the edition's words records the
     * ledger, and only a page it finds something to report on is judged again for the messages
     * in English (most pages have nothing to report).
     */
    static void checkAndRecord(Document document, DirectiveFinder.Found found, Dataset data, Diagnostics diagnostics, Language language,
                               UiStrings ui, java.util.function.Consumer<Judged> sink) {
        if (found.directives().isEmpty()) {
            return;
        }
        reportsite.claims.Wording edition = reportsite.claims.Wording.of(ui);
        if (!edition.sameWordsAs(reportsite.claims.Wording.english())) {
            Diagnostics inEditionWords = new Diagnostics();
            ClaimSentences s = new ClaimSentences(data, found, inEditionWords, language, ui, edition);
            s.ledger = sink;
            s.visit(document);
            if (!inEditionWords.all().isEmpty()) {
                check(document, found, data, diagnostics, language, ui);
            }
            return;
        }
        ClaimSentences s = new ClaimSentences(data, found, diagnostics, language, ui, edition);
        s.ledger = sink;
        s.visit(document);
    }

    /** As {@link #check}, also handing every judged sentence to {@code sink}, in the page's order. */
    static void record(Document document, DirectiveFinder.Found found, Dataset data, Language language, UiStrings ui,
                       java.util.function.Consumer<Judged> sink) {
        // Every judged sentence shows a figure or binds a claim: a page without directives has none.
        if (found.directives().isEmpty()) {
            return;
        }
        ClaimSentences s = new ClaimSentences(data, found, new Diagnostics(), language, ui, reportsite.claims.Wording.of(ui));
        s.ledger = sink;
        s.visit(document);
    }

    /** The sentence {@code [from, to)} for the ledger: each directive as written, claims left out. */
    private String sentence(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null) {
                out.append(text.charAt(i));
            } else if (d.kind() == Directive.Kind.DIRECTIVE && !d.words().isEmpty() && !d.words().get(0).equals("claim")) {
                out.append(shown(d));
            }
        }
        return SPACE_BEFORE_MARK.matcher(SPACES.matcher(out).replaceAll(" ")).replaceAll("$1").trim();
    }

    /** What a directive writes, in plain text, for the ledger: a figure, a change, a ratio, a period; "…" for others. */
    private String shown(Directive d) {
        List<String> w = d.words().get(0).equals("change") ? d.words().subList(1, d.words().size()) : d.words();
        if (w.size() == 3 && (w.get(1).equals("->") || w.get(1).equals("/"))) {
            Optional<Observation> a = figure(w.get(0));
            Optional<Observation> b = figure(w.get(2));
            boolean ratio = w.get(1).equals("/");
            return a.flatMap(x -> b.flatMap(y -> ratio ? Change.of(data, y, x) : Change.of(data, x, y)))
                    .map(c -> ratio ? plain(c.ratio().setScale(1, java.math.RoundingMode.HALF_UP)) + "×"
                            : signed(c.percent().setScale(0, java.math.RoundingMode.HALF_UP)))
                    .orElse("…");
        }
        if (w.size() == 1 || w.size() == 3 && w.get(1).equals("in")) {
            Optional<String> currency = w.size() == 3 ? Optional.of(w.get(2)) : Optional.empty();
            return figure(w.get(0)).flatMap(o -> data.valueIn(o, currency).map(c -> reportsite.data.ValueFormatter.format(language,
                    data.metric(o.metric()).orElseThrow(), c.value(), c.currency(), c.rate().isPresent(),
                    reportsite.data.ValueFormatter.Style.PROSE))).orElse("…");
        }
        if (w.size() == 3 && w.get(0).equals("period")) {
            return data.entity(w.get(1)).flatMap(e -> reportsite.data.PeriodParser.parse(w.get(2), e.fiscalYearStart()))
                    .map(p -> reportsite.data.ValueFormatter.calendarSpan(language, p)).orElse("…");
        }
        return "…";
    }

    private void note(int from, int to, String condition, boolean holds, String values) {
        if (ledger != null) {
            ledger.accept(new Judged(positions.at(offsets[from]).line(), sentence(from, to), condition, holds, values, ""));
        }
    }

    /**
     * A fact check the page shows, for the ledger: the analysis's claim, the verdict and the
     * figures its finding rests on; then the claims and judged words of the finding itself, each
     * at the line of the page that shows it.
     */
    private void noteFinding(reportsite.data.FactCheck fc, int line) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher refs = FIGURE_REF.matcher(fc.finding());
        List<String> shown = new ArrayList<>();
        while (refs.find()) {
            data.observation(refs.group(1), refs.group(2), refs.group(3)).filter(o -> keys.add(o.key()))
                    .ifPresent(o -> shown.add(words.say("figure", "key", o.key(), "span", words.span(o.period()), "value",
                            words.value(data.metric(o.metric()).orElseThrow(), o.value(), data.currencyOf(o), false))));
        }
        String sentence = ui.get("factcheck.label") + ui.get("factcheck.sep") + ui.format("factcheck.quote", Map.of("claim", fc.claim()));
        ledger.accept(new Judged(line, sentence, words.say("finding", "id", fc.id()), true,
                shown.isEmpty() ? words.say("no_figures") : String.join(words.say("sep"), shown), ui.get("verdict." + fc.verdict().key())));
        reportsite.diag.SourceText text = new reportsite.diag.SourceText(fc.position().file(),
                "\n".repeat(Math.max(0, fc.position().line() - 1)) + fc.findingLine());
        Document finding = MarkdownRenderer.of(false, language.citesAfterLetter()).parse(fc.finding());
        DirectiveFinder.Found found = DirectiveFinder.find(finding, text, fc.position().line(), fc.position().column(), new Diagnostics());
        java.util.function.Consumer<Judged> sink = ledger;
        record(finding, found, data, language, ui, j -> sink.accept(new Judged(line, j.sentence(), j.condition(), j.holds(), j.values(),
                j.verdict())));
    }

    /** A figure named in a fact check's finding: entity.metric@period. */
    private static final java.util.regex.Pattern FIGURE_REF = java.util.regex.Pattern.compile("([a-z0-9_-]+)\\.([a-z0-9_-]+)@([A-Za-z0-9-]+)");

    /** Collects the text of each block that holds inline content, and judges it at the block's end. */
    private void visit(Node node) {
        boolean unit = node instanceof Block || node instanceof TableCell;
        if (unit) {
            judgeBlock();
        }
        if (node instanceof DirectiveNode d) {
            Directive directive = directives.get(d);
            if (directive != null && ledger != null && directive.block() && directive.words().size() == 2
                    && directive.words().get(0).equals("factcheck")) {
                data.factCheck(directive.words().get(1)).ifPresent(fc -> noteFinding(fc, directive.position().line()));
            }
            if (directive != null) {
                marks.put(text.length(), directive);
                append(MARK, d.getStartOffset());
            }
        } else if (node instanceof Code || node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            append(' ', node.getStartOffset());
        } else if (!node.hasChildren()) {
            BasedSequence chars = node.getChars();
            for (int i = 0; i < chars.length(); i++) {
                append(chars.charAt(i), chars.getIndexOffset(i));
            }
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }
        if (unit) {
            judgeBlock();
        }
    }

    private void append(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }

    private void judgeBlock() {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    || language.sentenceEnds().indexOf(c) >= 0;
            if (ends || i + 1 == text.length()) {
                judge(start, i + 1);
                start = i + 1;
            }
        }
        text.setLength(0);
        marks.clear();
    }

    private void judge(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from == to) {
            return;
        }
        int start = from;
        boolean claimed = false;
        boolean none = false;
        boolean showsData = false;
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE || d.words().isEmpty()) {
                continue;
            }
            String first = d.words().get(0);
            if (first.equals("claim")) {
                claimed = true;
                none |= d.text().substring("claim".length()).trim().equals(NONE);
                judgeClaim(d, from, to);
            } else if (!first.equals("period") && !d.block()) {
                showsData = true;
            }
        }
        // A judged word governs a figure of its sentence: a sentence that shows none has nothing to judge.
        List<JudgedWords.Found> checked = none || !showsData ? List.of() : judgeWords(from, to);
        warnDoubleQualifiers(from, to);
        if (!claimed && showsData) {
            int at = from;
            while (at < to) {
                Optional<ComparativeWords.Found> word = ComparativeWords.find(text.subSequence(at, to), language);
                if (word.isEmpty()) {
                    break;
                }
                int index = at + word.get().index();
                if (checked.stream().noneMatch(j -> index >= start + j.index() && index < start + j.end())) {
                    diagnostics.warning(positions.file(), positions.at(offsets[index]),
                            "'" + word.get().word() + "' compares or ranks, but its sentence has no claim to check it against the data",
                            "add {{ claim … }} to the sentence (see docs/authoring.md, \"Checked claims\"), or reword it");
                    break;
                }
                at = index + word.get().word().length();
            }
        }
    }

    /** A figure of the sentence that a judged word can govern, at its place in the text. */
    private record Governed(int at, Source source, BigDecimal ratio, String shown, Optional<Change> change) {

        /** What made it: a change {@code a -> b}, a ratio {@code a / b}, two figures of one series, a growth figure. */
        enum Source { CHANGE, RATIO, PAIR, GROWTH }

        boolean governs(JudgedWords.Kind kind) {
            // a time word dates a change: two figures merely named in one sentence ("from 28% to 34%") are not compared by it
            return kind.isTime() ? source == Source.CHANGE
                    : kind.isDirection() ? source != Source.RATIO : source != Source.GROWTH;
        }
    }

    /**
     * Judges the direction, size and time words of the sentence {@code [from, to)} against the
     * figure each governs: the nearest after it in the sentence that can bear it out or not,
     * else the nearest before; a time word looks first on the side its language puts it
     * ("+80% on a year earlier", 同比增长80%). Returns the words that were judged (so that no warning asks for
     * a claim on them).
     */
    private List<JudgedWords.Found> judgeWords(int from, int to) {
        List<JudgedWords.Found> found = judged.find(text.subSequence(from, to));
        if (found.isEmpty()) {
            return List.of();
        }
        List<Governed> figures = governed(from, to);
        List<JudgedWords.Found> out = new ArrayList<>();
        List<Governed> changes = figures.stream().filter(f -> f.source() == Governed.Source.CHANGE).toList();
        for (JudgedWords.Found w : found) {
            int at = from + w.index();
            if (w.kind() == JudgedWords.Kind.EVERY_BUT_ONE || w.kind() == JudgedWords.Kind.LATEST_REPORTED) {
                if (w.kind() == JudgedWords.Kind.EVERY_BUT_ONE ? judgeEveryButOne(w, at, from, to) : judgeLatestReported(w, at, from, to, figures)) {
                    out.add(w);
                }
                continue;
            }
            if (w.kind() == JudgedWords.Kind.SAME && changes.size() >= 2) {
                // "a similar pace": the two changes of the sentence nearest the word, against each other.
                List<Governed> two = changes.stream().sorted(java.util.Comparator.comparingInt(f -> Math.abs(f.at() - at))).limit(2)
                        .sorted(java.util.Comparator.comparingInt(Governed::at)).toList();
                BigDecimal p = two.get(0).change().orElseThrow().percent();
                BigDecimal q = two.get(1).change().orElseThrow().percent();
                out.add(w);
                boolean same = p.signum() == q.signum() && q.signum() != 0 && JudgedWords.Kind.SAME.holdsForRatio(p.doubleValue() / q.doubleValue());
                note(from, to, words.say("same_changes", "word", w.word()), same,
                        two.get(0).shown() + words.say("sep") + two.get(1).shown());
                if (!same) {
                    diagnostics.error(positions.file(), positions.at(offsets[at]), "'" + w.word() + "' says the two changes are "
                            + "roughly the same, but " + two.get(0).shown() + " and " + two.get(1).shown(),
                            "reword to what the figures show (within 10% of each other is 'the same'), or correct the data");
                }
                continue;
            }
            Optional<Governed> after = figures.stream().filter(f -> f.governs(w.kind()) && f.at() > at).findFirst();
            Optional<Governed> before = figures.stream().filter(f -> f.governs(w.kind()) && f.at() < at).reduce((a, b) -> b);
            Optional<Governed> g = w.kind().isTime() && judged.timeFollowsFigure() ? before.or(() -> after) : after.or(() -> before);
            if (g.isEmpty()) {
                continue;
            }
            out.add(w);
            Governed f = g.get();
            if (w.kind().isTime()) {
                Change c = f.change().orElseThrow();
                YearMonth a = YearMonth.from(c.from().period().end());
                YearMonth b = YearMonth.from(c.to().period().end());
                int months = (int) (b.getYear() * 12L + b.getMonthValue() - (YearMonth.from(c.to().period().start()).getYear() * 12L
                        + YearMonth.from(c.to().period().start()).getMonthValue())) + 1;
                boolean ok = w.kind().holdsForMonths(a, b, months);
                note(from, to, says(w), ok, words.say("periods", "a", c.from().key(), "a_span", words.span(c.from().period()),
                        "b", c.to().key(), "b_span", words.span(c.to().period())));
                if (!ok) {
                    diagnostics.error(positions.file(), positions.at(offsets[at]), "'" + w.word() + "' says the change "
                            + words.say(w.kind().saysKey()) + ", but " + c.from().key() + " (" + c.from().period().calendarSpan() + ") and "
                            + c.to().key() + " (" + c.to().period().calendarSpan() + ") are "
                            + (b.getYear() * 12L + b.getMonthValue() - a.getYear() * 12L - a.getMonthValue()) + " months apart",
                            "name the period the change really covers, or change the figures it compares");
                }
            } else if (note(from, to, w, f) && !w.kind().holdsForRatio(f.ratio().doubleValue())) {
                diagnostics.error(positions.file(), positions.at(offsets[at]), says(w) + ", but " + f.shown(),
                        w.kind().isDirection() ? "write {{ change a -> b }}, which takes its verb from the data, or reword the sentence"
                                : "reword to what the figures show (docs/authoring.md lists each word's bounds), or correct the data");
            }
        }
        return out;
    }

    /** The series the sentence {@code [from, to)} names, in figures and claims alike, in order. */
    private List<reportsite.claims.Claim.SeriesRef> seriesNamed(int from, int to) {
        List<reportsite.claims.Claim.SeriesRef> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE) {
                continue;
            }
            java.util.regex.Matcher m = SERIES_REF.matcher(d.text());
            while (m.find()) {
                reportsite.claims.Claim.SeriesRef s = new reportsite.claims.Claim.SeriesRef(m.group(1), m.group(2));
                if (data.entity(s.entity()).isPresent() && data.metric(s.metric()).isPresent() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SERIES_REF = java.util.regex.Pattern.compile("\\b([a-z0-9_-]+)\\.([a-z0-9_-]+)\\b");

    /**
     * "every quarter but one": over the calendar periods that the series of one metric the sentence
     * names all have, the leading series (above the others most often) is above every other in all
     * periods but exactly one. Not judged without two series of one metric.
     */
    private boolean judgeEveryButOne(JudgedWords.Found w, int at, int from, int to) {
        Map<String, List<reportsite.claims.Claim.SeriesRef>> byMetric = new java.util.LinkedHashMap<>();
        seriesNamed(from, to).forEach(s -> byMetric.computeIfAbsent(s.metric(), k -> new ArrayList<>()).add(s));
        Optional<List<reportsite.claims.Claim.SeriesRef>> group = byMetric.values().stream().filter(g -> g.size() >= 2).findFirst();
        if (group.isEmpty()) {
            return false;
        }
        List<List<Observation>> series = group.get().stream().map(s -> data.series(s.entity(), s.metric()).stream()
                .filter(o -> o.value().number().isPresent()).toList()).toList();
        // the calendar periods every series has, by the months they cover
        List<Observation> first = series.get(0);
        List<List<Observation>> rows = new ArrayList<>();
        for (Observation o : first) {
            List<Observation> row = new ArrayList<>(List.of(o));
            for (List<Observation> other : series.subList(1, series.size())) {
                other.stream().filter(x -> x.period().start().equals(o.period().start()) && x.period().end().equals(o.period().end()))
                        .findFirst().ifPresent(row::add);
            }
            if (row.size() == series.size()) {
                rows.add(row);
            }
        }
        int leader = 0;
        int most = -1;
        for (int s = 0; s < series.size(); s++) {
            int above = 0;
            for (List<Observation> row : rows) {
                above += aboveAll(row, s) ? 1 : 0;
            }
            if (above > most) {
                most = above;
                leader = s;
            }
        }
        List<String> not = new ArrayList<>();
        for (List<Observation> row : rows) {
            if (!aboveAll(row, leader)) {
                not.add(words.span(row.get(0).period()));
            }
        }
        boolean ok = not.size() == 1;
        String leading = group.get().get(leader).toString();
        String others = String.join(words.say("list_sep"), group.get().stream().map(Object::toString).filter(s -> !s.equals(leading)).toList());
        String values = words.say("every_but_values", "first", leading, "n", rows.size() - not.size(), "of", rows.size(),
                "periods", not.isEmpty() ? "—" : String.join(words.say("list_sep"), not));
        note(from, to, words.say("every_but", "word", w.word(), "first", leading, "second", others, "n", 1), ok, values);
        if (!ok) {
            diagnostics.error(positions.file(), positions.at(offsets[at]), "'" + w.word() + "' says " + leading + " was above " + others
                    + " in every period but one, but " + values,
                    "write how many periods really differ, or name the periods; the word is judged over every period the series share");
        }
        return true;
    }

    private static boolean aboveAll(List<Observation> row, int s) {
        BigDecimal x = row.get(s).value().number().orElseThrow();
        for (int i = 0; i < row.size(); i++) {
            if (i != s && x.compareTo(row.get(i).value().number().orElseThrow()) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the latest quarter both have reported": the figure the word governs (the later one of a
     * change or ratio) covers the newest period of its length that any entity the sentence names
     * has reported, by the data's figures of any metric and by its {@code next_update} dates on or
     * before the as-of date (a result that is out but not in the data).
     */
    private boolean judgeLatestReported(JudgedWords.Found w, int at, int from, int to, List<Governed> figures) {
        List<reportsite.claims.Claim.SeriesRef> named = seriesNamed(from, to);
        Optional<Observation> newest = Optional.empty();
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE || d.words().isEmpty() || d.words().get(0).equals("claim")) {
                continue;
            }
            java.util.regex.Matcher m = FIGURE_REF.matcher(d.text());
            while (m.find()) {
                Optional<Observation> o = data.observation(m.group(1), m.group(2), m.group(3));
                if (o.isPresent() && (newest.isEmpty() || o.get().period().end().isAfter(newest.get().period().end()))) {
                    newest = o;
                }
            }
        }
        if (newest.isEmpty() || named.isEmpty()) {
            return false;
        }
        Period shown = newest.get().period();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(shown.start(), shown.end().plusDays(1));
        Optional<java.time.LocalDate> asOf = data.site().asOf();
        List<String> later = new ArrayList<>();
        for (String entity : named.stream().map(reportsite.claims.Claim.SeriesRef::entity).distinct().toList()) {
            Optional<Observation> reported = data.observations().stream().filter(o -> o.entity().equals(entity))
                    .filter(o -> java.time.temporal.ChronoUnit.MONTHS.between(o.period().start(), o.period().end().plusDays(1)) == months)
                    .filter(o -> o.period().end().isAfter(shown.end())).max(java.util.Comparator.comparing(o -> o.period().end()));
            Optional<Observation> due = data.observations().stream().filter(o -> o.entity().equals(entity)
                    && o.nextUpdate().isPresent() && asOf.isPresent() && !o.nextUpdate().get().isAfter(asOf.get())
                    && !o.period().end().isBefore(shown.end())).findFirst();
            reported.ifPresent(o -> later.add(words.say("reported_later", "entity", entity, "span", words.span(o.period()), "key", o.key())));
            if (reported.isEmpty()) {
                due.ifPresent(o -> later.add(words.say("due_later", "entity", entity, "key", o.key(), "date",
                        reportsite.data.ValueFormatter.date(words.language(), o.nextUpdate().orElseThrow()))));
            }
        }
        boolean ok = later.isEmpty();
        String values = words.say("figure_period", "key", newest.get().key(), "span", words.span(shown))
                + (ok ? "" : words.say("sep") + String.join(words.say("sep"), later));
        note(from, to, words.say("both_reported", "word", w.word()), ok, values);
        if (!ok) {
            diagnostics.error(positions.file(), positions.at(offsets[at]), "'" + w.word() + "' says no entity has reported a later period than "
                    + words.span(shown) + ", but " + String.join("; ", later),
                    "say for which months the data has every figure (\"the latest quarter for which we have both companies' figures\") and that a later one is reported");
        }
        return true;
    }

    /** Records a size or direction word and the figure it governs; always true, to sit in a condition. */
    private boolean note(int from, int to, JudgedWords.Found w, Governed f) {
        boolean holds = w.kind().holdsForRatio(f.ratio().doubleValue());
        String flip = w.kind().isDirection() ? words.say("flip_sign") : "";
        note(from, to, says(w), holds, f.shown() + (holds ? flip : ""));
        return true;
    }

    /** "'grew' says the figure went up"; “增长”表示数字上升. */
    private String says(JudgedWords.Found w) {
        return words.say("word", "word", w.word(), "says", words.say(w.kind().saysKey()));
    }

    /** The figures of the sentence {@code [from, to)} that judged words can govern, in order. */
    private List<Governed> governed(int from, int to) {
        List<Governed> out = new ArrayList<>();
        Map<String, Observation> seen = new HashMap<>();
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE || d.block() || d.words().isEmpty()) {
                continue;
            }
            List<String> w = d.words().get(0).equals("change") ? d.words().subList(1, d.words().size()) : d.words();
            if (w.size() == 3 && w.get(1).equals("->")) {
                Optional<Observation> a = figure(w.get(0));
                Optional<Observation> b = figure(w.get(2));
                Optional<Change> c = a.isPresent() && b.isPresent() ? Change.of(data, a.get(), b.get()) : Optional.empty();
                if (c.isPresent()) {
                    out.add(new Governed(i, Governed.Source.CHANGE, c.get().ratio(), words.say("change", "a", a.get().key(),
                            "b", b.get().key(), "pct", signed(c.get().percent())), c));
                }
            } else if (w.size() == 3 && w.get(1).equals("/")) {
                Optional<Observation> a = figure(w.get(0));
                Optional<Observation> b = figure(w.get(2));
                Optional<Change> c = a.isPresent() && b.isPresent() ? Change.of(data, b.get(), a.get()) : Optional.empty();
                int here = i;
                c.ifPresent(x -> out.add(new Governed(here, Governed.Source.RATIO, x.ratio(), words.say("ratio", "a", a.get().key(),
                        "b", b.get().key(), "x", plain(x.ratio())), Optional.empty())));
            } else if (w.size() == 1 || w.size() == 3 && w.get(1).equals("in")) {
                Optional<Observation> o = figure(w.get(0));
                if (o.isEmpty() || o.get().value().number().isEmpty()) {
                    continue;
                }
                String series = o.get().entity() + "." + o.get().metric();
                Observation before = seen.put(series, o.get());
                Optional<Change> c = before == null || before.key().equals(o.get().key()) ? Optional.empty() : Change.of(data, before, o.get());
                if (c.isPresent()) {
                    out.add(new Governed(i, Governed.Source.PAIR, c.get().ratio(), words.say("pair", "a", before.key(),
                            "b", o.get().key(), "pct", signed(c.get().percent())), c));
                } else if (isGrowth(o.get())) {
                    BigDecimal v = o.get().value().number().orElseThrow();
                    out.add(new Governed(i, Governed.Source.GROWTH, v.movePointLeft(2).add(BigDecimal.ONE),
                            words.say("growth", "a", o.get().key(), "pct", signed(v)), Optional.empty()));
                }
            }
        }
        return out;
    }

    /**
     * "about {{ x }}" where x writes its own "about" (or "more than"): the reader would see it
     * twice. A warning at the word, which the author should drop.
     */
    private void warnDoubleQualifiers(int from, int to) {
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE || d.block() || d.words().isEmpty() || !qualified(d)) {
                continue;
            }
            int end = i;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            java.util.Optional<JudgedWords.Found> word = judged.qualifierBefore(text.subSequence(from, end));
            if (word.isPresent()) {
                diagnostics.warning(positions.file(), positions.at(offsets[from + word.get().index()]),
                        "'" + word.get().word() + "' stands before '{{ " + d.text() + " }}', which writes its own qualifier",
                        "drop the word: the figure already says it is approximate or a bound");
            }
        }
    }

    /** Whether the directive writes a qualifier of its own ("about", "more than"): a figure or a computation from one that is not exact. */
    private boolean qualified(Directive d) {
        List<String> w = d.words().get(0).equals("change") ? d.words().subList(1, d.words().size()) : d.words();
        if (w.size() == 1 || w.size() == 3 && w.get(1).equals("in")) {
            return figure(w.get(0)).map(o -> !o.value().isExact() && !(o.value() instanceof reportsite.data.Value.Range)
                    && o.value().number().isPresent()).orElse(false);
        }
        if (w.size() == 3 && (w.get(1).equals("->") || w.get(1).equals("/"))) {
            return figure(w.get(0)).map(o -> !o.value().isExact()).orElse(false) || figure(w.get(2)).map(o -> !o.value().isExact()).orElse(false);
        }
        return false;
    }

    /** A growth rate in percent: a percent metric whose id ends in "_growth" (docs/authoring.md). */
    private boolean isGrowth(Observation o) {
        return o.metric().endsWith("_growth") && data.metric(o.metric()).map(m -> m.unit() == Metric.Unit.PERCENT).orElse(false);
    }

    private Optional<Observation> figure(String ref) {
        int dot = ref.indexOf('.');
        int at = ref.indexOf('@');
        if (dot < 0 || at < dot) {
            return Optional.empty();
        }
        return data.observation(ref.substring(0, dot), ref.substring(dot + 1, at), ref.substring(at + 1));
    }

    /** A computed number for a message: four significant digits at most. */
    private static String plain(BigDecimal x) {
        return x.round(new MathContext(4, java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal pct) {
        return (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "") + plain(pct.abs()) + "%";
    }

    private void judgeClaim(Directive d, int sentenceStart, int sentenceEnd) {
        String condition = d.text().substring("claim".length()).trim();
        if (condition.equals(NONE)) {
            return;
        }
        Claim claim;
        try {
            claim = ClaimParser.parse(condition);
        } catch (ClaimSyntaxException e) {
            diagnostics.error(positions.file(), d.position(), e.getMessage(), e.hint());
            return;
        }
        ClaimEvaluator.Outcome outcome = evaluator.evaluate(claim);
        if (outcome instanceof ClaimEvaluator.Holds h) {
            note(sentenceStart, sentenceEnd, condition, true, h.values());
        } else if (outcome instanceof ClaimEvaluator.Fails f) {
            note(sentenceStart, sentenceEnd, condition, false, f.values());
        }
        if (outcome instanceof ClaimEvaluator.Invalid invalid) {
            diagnostics.error(positions.file(), d.position(), invalid.message(), invalid.hint());
        } else if (outcome instanceof ClaimEvaluator.Fails fails) {
            diagnostics.error(positions.file(), positions.at(offsets[sentenceStart]),
                    "the data no longer bears out this sentence's claim '" + condition + "': " + fails.values(), fails.hint());
        }
    }
}
