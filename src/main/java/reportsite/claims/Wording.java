package reportsite.claims;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Period;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;
import reportsite.i18n.UiStrings;

/**
 * The words in which the values that decide a sentence are given: the {@code ledger.said.*}
 * strings of an edition (templates/i18n/&lt;code&gt;.yaml), with its periods and figures as its
 * {@link ValueFormatter} writes them. The claims page of an edition reads its own words; the
 * author's messages read English ({@link #english()}).
 */
public final class Wording {

    private static final String SAID = "ledger.said.";

    private final UiStrings ui;

    private Wording(UiStrings ui) {
        this.ui = ui;
    }

    /** The words of {@code ui}'s edition. */
    public static Wording of(UiStrings ui) {
        return new Wording(ui);
    }

    /** The shipped English words, for messages to the author. */
    public static Wording english() {
        return new Wording(UiStrings.shipped());
    }

    public Language language() {
        return ui.language();
    }

    /** Whether this says every deciding value as {@code other} does: the same language and {@code ledger.said.*} strings. */
    public boolean sameWordsAs(Wording other) {
        if (!language().equals(other.language())) {
            return false;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (UiStrings strings : List.of(ui, other.ui)) {
            strings.keys().stream().filter(k -> k.startsWith(SAID)).forEach(keys::add);
        }
        return keys.stream().allMatch(k -> ui.keys().contains(k) && other.ui.keys().contains(k) && ui.get(k).equals(other.ui.get(k)));
    }

    /** The string {@code ledger.said.<key>} with {@code pairs} (name, value, name, value …) filled in. */
    public String say(String key, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return ui.format(SAID + key, values);
    }

    /** A period's calendar months: "Jul–Sep 2025", "2025年7–9月". */
    public String span(Period p) {
        return ValueFormatter.calendarSpan(language(), p);
    }

    /** A figure as the edition's prose writes it: "US$24.0 bn", "240亿美元". */
    public String value(Metric m, Value v, String currency, boolean computed) {
        return ValueFormatter.format(language(), m, v, currency, computed, ValueFormatter.Style.PROSE);
    }

    /** A computed percent with its sign: "+80%", "−97.14%". */
    public String signed(BigDecimal pct) {
        return (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "") + Figures.plain(pct.abs()) + "%";
    }
}
