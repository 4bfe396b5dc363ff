package reportsite.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An edition's language: its code and its rules ({@link LanguageRules}, read from
 * {@code languages/<code>.yaml} on the class path). Each formatting call takes one, so a page in
 * one edition never picks up another's words; there is no default taken from the machine. A
 * language is added with a rules file and the site's {@code templates/i18n/<code>.yaml}, not
 * with code.
 */
public record Language(String code) {

    /** Rules files never change while the tool runs: each is read once. */
    private static final Map<String, Optional<LanguageRules>> RULES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Language>> LANGUAGES = new ConcurrentHashMap<>();

    /** The default and reference language. */
    public static final Language EN = ofCode("en").orElseThrow();
    public static final Language ZH = ofCode("zh").orElseThrow();

    /** The language of a short code as written in the metrics file ("zh"), if its rules exist. */
    public static Optional<Language> ofCode(String code) {
        return LANGUAGES.computeIfAbsent(code, c -> RULES.computeIfAbsent(c, LanguageRules::load).map(r -> new Language(c)));
    }

    /**
     * Every language with rules on the class path, by code: the ISO 639 codes are tried, once
     * (for messages that list the languages a site may name, and for texts after a mistake).
     */
    public static List<Language> known() {
        return Arrays.stream(Locale.getISOLanguages()).sorted().map(Language::ofCode).flatMap(Optional::stream).toList();
    }

    /** Only a code with rules is a language. */
    public Language {
        if (RULES.computeIfAbsent(code, LanguageRules::load).isEmpty()) {
            throw new IllegalArgumentException("no rules for language '" + code + "' (languages/" + code + ".yaml)");
        }
    }

    /** How this language writes dates, periods, numbers and the generator's phrases. */
    public LanguageRules rules() {
        return RULES.get(code).orElseThrow();
    }

    /** The value of the {@code lang} and {@code hreflang} attributes: "en", "zh-CN". */
    public String htmlLang() {
        return rules().text("html");
    }

    /** The language's name in messages to the author, who writes the metrics file in English: "Chinese". */
    public String englishName() {
        return rules().text("name");
    }

    /** For the JDK's month names and chart axes. */
    public Locale locale() {
        return rules().locale();
    }

    /** True for a language whose charts draw with the bundled CJK font and break lines between characters. */
    public boolean cjk() {
        return rules().flag("cjk");
    }

    /**
     * True for a language that writes a citation right after a word, without a space, whatever its
     * letters (Chinese: Gemini[58]); elsewhere {@code a[1]} after a Latin letter is left as text.
     */
    public boolean citesAfterLetter() {
        return rules().flag("cite_after_letter");
    }

    /** Characters that end a sentence without a following space (。！？), besides . ! ? and a space. */
    public String sentenceEnds() {
        return rules().text("sentence_ends");
    }

    @Override
    public String toString() {
        return code;
    }
}
