package reportsite.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.data.Language;

/**
 * The comparative and superlative words that make a sentence about figures a claim, which
 * should then be checked. Short on purpose: each word is one an author would want checked, so a
 * warning is worth reading. The words are each language's, in its rules file
 * ({@code languages/<code>.yaml}: {@code comparative}, and {@code not_comparing} for longer
 * words that hold one but compare nothing); docs/authoring.md lists them. A page is read for its
 * edition's words only, so that a Latin product name in a Chinese page ("Cross-Cloud") does not
 * count. Words of a language written with spaces are matched as whole words; in a language
 * without spaces (CJK) they are found inside longer words, which {@code not_comparing} excepts
 * (加速器 is an accelerator chip, 最大化 is "maximise").
 */
public final class ComparativeWords {

    /** A language's rules never change while the tool runs: each list is made into a pattern once. */
    private static final Map<Language, ComparativeWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Pattern any;
    private final List<String> notComparing;

    private ComparativeWords(Language language) {
        List<String> words = words(language);
        String alternation = String.join("|", words.stream().map(w -> language.cjk() ? Pattern.quote(w)
                : Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
        this.any = words.isEmpty() ? Pattern.compile("(?!)") : language.cjk() ? Pattern.compile(alternation)
                : Pattern.compile("\\b(?:" + alternation + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.notComparing = notComparing(language);
    }

    /** The words of {@code language}, as its rules file lists them. */
    public static List<String> words(Language language) {
        return language.rules().list("comparative");
    }

    /** Longer words of {@code language} that hold one of its words but compare nothing. */
    public static List<String> notComparing(Language language) {
        return language.rules().list("not_comparing");
    }

    /** Where such a word appears in {@code text}, and the word as written. */
    public record Found(int index, String word) {
    }

    /** The first English word of the list in {@code text}. */
    public static Optional<Found> find(CharSequence text) {
        return find(text, Language.EN);
    }

    /** The first word of {@code language}'s list in {@code text}. */
    public static Optional<Found> find(CharSequence text, Language language) {
        ComparativeWords words = BY_LANGUAGE.computeIfAbsent(language, ComparativeWords::new);
        Matcher m = words.any.matcher(text);
        while (m.find()) {
            if (!words.insideNonComparing(text, m.start(), m.group())) {
                return Optional.of(new Found(m.start(), m.group()));
            }
        }
        return Optional.empty();
    }

    /** Whether the word found at {@code at} is part of a longer word that compares nothing. */
    private boolean insideNonComparing(CharSequence text, int at, String word) {
        for (String longer : notComparing) {
            if (!longer.contains(word)) {
                continue;
            }
            int start = at - longer.indexOf(word);
            if (start >= 0 && start + longer.length() <= text.length()
                    && text.subSequence(start, start + longer.length()).toString().equals(longer)) {
                return true;
            }
        }
        return false;
    }
}
