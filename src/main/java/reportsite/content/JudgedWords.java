package reportsite.content;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.i18n.UiStrings;

/**
 * The words of a sentence that the data can prove wrong without a claim: a direction ("rose",
 * "fell"; 增长、下降) against the sign of the figure it governs, a size ("doubled", "far more";
 * 翻倍、数倍) against the ratio, and a time ("a year earlier", "the quarter before"; 同比、环比)
 * against the months between the two figures of a change. The words of each edition are in
 * the {@code judged.*} strings of templates/i18n/&lt;code&gt;.yaml, alternatives split by {@code |};
 * the bounds are here, one per kind, and docs/authoring.md lists both.
 */
final class JudgedWords {

    /** What a word says, and when the figure it governs bears it out. */
    enum Kind {
        RISING, FALLING,
        /** 1.8× to under 2.5×: "doubled" is said of +104%, not of +150%. */
        DOUBLE,
        /** Above 2×. */
        MORE_THAN_DOUBLE,
        /** 2.7× to under 3.5×. */
        TRIPLE,
        /** 3× or more. */
        SEVERAL_TIMES,
        /** 2× or more. */
        FAR_MORE,
        /** Within 10% of each other. */
        SAME,
        /** The two figures of the change are 12 months apart. */
        YEAR_EARLIER,
        /** The first figure of the change covers the period just before the second. */
        PERIOD_BEFORE,
        /** The two figures of the change are 24 months apart. */
        TWO_YEARS,
        /**
         * "in every quarter but one": over every calendar period the sentence's series share, the
         * series that leads is above the others in all but exactly one.
         */
        EVERY_BUT_ONE,
        /**
         * "the latest quarter both have reported": no entity of the sentence has reported a later
         * period, by the data (a figure of a later period) or by what it says is still to come
         * (a {@code next_update} on or before the as-of date).
         */
        LATEST_REPORTED;

        String key() {
            return "judged." + name().toLowerCase(Locale.ROOT);
        }

        /** The key of what the word says, under {@code ledger.said} ("says the figure went up"; 表示数字上升). */
        String saysKey() {
            return "kind." + name().toLowerCase(Locale.ROOT);
        }

        boolean isDirection() {
            return this == RISING || this == FALLING;
        }

        boolean isTime() {
            return this == YEAR_EARLIER || this == PERIOD_BEFORE || this == TWO_YEARS;
        }

        /** Whether a ratio of {@code r} (second figure over first, or a / b) bears the word out. */
        boolean holdsForRatio(double r) {
            return switch (this) {
                case RISING -> r > 1;
                case FALLING -> r < 1;
                case DOUBLE -> r >= 1.8 && r < 2.5;
                case MORE_THAN_DOUBLE -> r > 2;
                case TRIPLE -> r >= 2.7 && r < 3.5;
                case SEVERAL_TIMES -> r >= 3;
                case FAR_MORE -> r >= 2;
                case SAME -> r >= 1 / 1.1 && r <= 1.1;
                default -> true;
            };
        }

        /** Whether a change from a figure ending in {@code from} to one of {@code months} months ending in {@code to} bears the word out. */
        boolean holdsForMonths(YearMonth from, YearMonth to, int months) {
            long apart = (to.getYear() * 12L + to.getMonthValue()) - (from.getYear() * 12L + from.getMonthValue());
            return switch (this) {
                case YEAR_EARLIER -> apart == 12;
                case PERIOD_BEFORE -> apart == months;
                case TWO_YEARS -> apart == 24;
                default -> true;
            };
        }
    }

    /** A judged word found in a sentence: where, as written, and what it says. */
    record Found(int index, int end, String word, Kind kind) {
    }

    private final Pattern pattern;
    /** Each word, lower case with single spaces, and its kind. */
    private final Map<String, Kind> kinds;
    private final boolean timeFollowsFigure;
    private final Pattern qualifiers;

    private JudgedWords(Pattern pattern, Map<String, Kind> kinds, boolean timeFollowsFigure, Pattern qualifiers) {
        this.pattern = pattern;
        this.kinds = kinds;
        this.timeFollowsFigure = timeFollowsFigure;
        this.qualifiers = qualifiers;
    }

    /** Whether the language writes a time word after the change it dates ("+80% on a year earlier"), not before (同比增长80%). */
    boolean timeFollowsFigure() {
        return timeFollowsFigure;
    }

    /**
     * The words of one edition. Words in Latin letters match whole words, any case; others
     * (Chinese, without spaces) match inside the text. Longer words win ("more than double"
     * before "double").
     */
    static JudgedWords of(UiStrings ui) {
        return MADE.computeIfAbsent(ui, JudgedWords::make);
    }

    /**
     * The words of each edition's strings, made once: every page of an edition asks, and its
     * pattern costs more to compile than a page's sentences to search. Keyed by the strings
     * object itself (it is immutable and compared by identity), and let go with it.
     */
    private static final Map<UiStrings, JudgedWords> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private static JudgedWords make(UiStrings ui) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            words(ui.get(k.key())).forEach(w -> kinds.putIfAbsent(w, k));
        }
        return new JudgedWords(WordAlternation.pattern(kinds.keySet(), ""), kinds, ui.get("judged.time_follows_figure").equals("yes"),
                WordAlternation.pattern(words(ui.get("judged.about")), "$"));
    }

    /** The alternatives of a string split by {@code |}, lower case, spaces as one space. */
    private static List<String> words(String alternatives) {
        return Arrays.stream(alternatives.split("\\|")).filter(w -> !w.isBlank()).map(WordAlternation::normal).toList();
    }

    /** The qualifier word ("about", 约) that {@code text} ends with, if any. */
    Optional<Found> qualifierBefore(CharSequence text) {
        Matcher m = qualifiers.matcher(WordAlternation.lowerCase(text));
        return m.find() ? Optional.of(new Found(m.start(), m.end(), text.subSequence(m.start(), m.end()).toString(), Kind.SAME))
                : Optional.empty();
    }

    /** Every judged word of {@code text}, in order. */
    List<Found> find(CharSequence text) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(WordAlternation.lowerCase(text));
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), text.subSequence(m.start(), m.end()).toString(), kinds.get(WordAlternation.normal(m.group()))));
        }
        return out;
    }
}
