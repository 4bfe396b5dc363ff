package reportsite.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * How one language writes dates, periods, qualifiers, currencies and the generator's own
 * phrases: {@code languages/<code>.yaml} on the class path, data rather than code, so that a
 * language is added with a file. The data stage needs these rules before a site's templates
 * are read, which is why they ship with the tool and not in {@code templates/i18n}.
 *
 * <p>Dates are {@link DateTimeFormatter} patterns; phrases are patterns whose {@code {slots}}
 * are filled by name, so each language orders its own words.
 */
public final class LanguageRules {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private final String code;
    private final Map<String, Object> rules;
    private final Locale locale;
    private final NumberStyle numbers;

    private LanguageRules(String code, Map<String, Object> rules) {
        this.code = code;
        this.rules = rules;
        this.locale = Locale.forLanguageTag(text("locale"));
        this.numbers = text("numbers").equals("myriad") ? new MyriadNumbers(this) : new WesternNumbers(this);
    }

    /** The rules of {@code code} from the class path, if the tool (or a test's class path) has them. */
    static Optional<LanguageRules> load(String code) {
        if (!code.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        try (InputStream in = LanguageRules.class.getResourceAsStream("/languages/" + code + ".yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Optional.of(new LanguageRules(code, map));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("unreadable languages/" + code + ".yaml in the jar", e);
        }
    }

    String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    NumberStyle numbers() {
        return numbers;
    }

    public String text(String key) {
        Object v = rules.get(key);
        if (v == null) {
            throw new IllegalStateException("languages/" + code + ".yaml has no '" + key + "'");
        }
        return String.valueOf(v);
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(rules.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) rules.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> map(String key) {
        return (Map<String, String>) rules.getOrDefault(key, Map.of());
    }

    /** What goes before a bound or an approximation: "≈ ", "> ", "< " in short form, the rules' words in prose. */
    public String qualifier(Value v, ValueFormatter.Style style) {
        boolean prose = style == ValueFormatter.Style.PROSE;
        if (v instanceof Value.About) {
            return prose ? text("about") : "≈ ";
        } else if (v instanceof Value.MoreThan) {
            return prose ? text("more_than") : "> ";
        } else if (v instanceof Value.LessThan) {
            return prose ? text("less_than") : "< ";
        }
        return "";
    }

    /** The pattern under {@code key} ("derivation.yoy") with its slots filled from name, value pairs. */
    public String format(String key, String... namesAndValues) {
        Object v = rules;
        for (String part : key.split("\\.")) {
            v = v instanceof Map<?, ?> m ? m.get(part) : null;
        }
        if (v == null) {
            throw new IllegalStateException("languages/" + code + ".yaml has no '" + key + "'");
        }
        Matcher m = SLOT.matcher(String.valueOf(v));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = null;
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(m.group(1))) {
                    value = namesAndValues[i + 1];
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(sb).toString();
    }

    public String date(String patternKey, LocalDate d) {
        return DateTimeFormatter.ofPattern(text(patternKey), locale).format(d);
    }

    /** 30 Sep 2025, 2025年9月30日. */
    public String date(LocalDate d) {
        return date("date", d);
    }

    /** Q3 2025, FY2026 Q2, Sep 2025; 2025年第三季度, 2026财年第二季度, 2025年9月. */
    public String period(Period p) {
        LocalDate s = p.start();
        return switch (p.kind()) {
            case YEAR -> date("year", s);
            case QUARTER -> quarter("quarter", String.valueOf(s.getYear()), (s.getMonthValue() - 1) / 3 + 1);
            case MONTH -> date("month", s);
            case DAY -> date(s);
            case FISCAL_YEAR -> format("fiscal_year", "year", fiscalYear(p));
            case FISCAL_QUARTER -> quarter("fiscal_quarter", fiscalYear(p), p.label().charAt(p.label().length() - 1) - '0');
        };
    }

    private String quarter(String key, String year, int q) {
        List<String> names = list("quarters");
        return format(key, "year", year, "q", String.valueOf(q), "quarter", names.isEmpty() ? "" : names.get(q - 1));
    }

    /** The calendar months a period covers: Apr–Jun 2025, 2025年4–6月; a month or a day as itself. */
    public String calendarSpan(Period p) {
        LocalDate s = p.start();
        LocalDate e = p.end();
        if (p.kind() == Period.Kind.DAY) {
            return date(s);
        }
        if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
            return date("month", s);
        }
        boolean sameYear = s.getYear() == e.getYear();
        return format("span", "from", date(sameYear ? "span_from_same_year" : "span_from", s),
                "to", date(sameYear ? "span_to_same_year" : "span_to", e));
    }

    /** A fiscal period with its calendar months; other periods as {@link #period}. */
    public String periodWithSpan(Period p) {
        return p.isFiscal() ? format("with_span", "period", period(p), "span", calendarSpan(p)) : period(p);
    }

    /** The fiscal year's number from the label ("FY2026-Q2" → 2026), as {@link PeriodParser} reads it. */
    private static String fiscalYear(Period p) {
        return p.label().substring(2, 6);
    }
}
