package reportsite.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.data.Language;

/**
 * The comparative and superlative words that make a sentence about figures a claim, which
 * should then be checked. Short on purpose: each word here is one an author would want checked,
 * so a warning is worth reading. docs/authoring.md lists the same words. Each edition has its
 * own list: a Chinese page is read for Chinese words only, so that a Latin product name in it
 * ("Cross-Cloud") does not count.
 */
public final class ComparativeWords {

    public static final List<String> WORDS = List.of(
            "faster", "slower", "larger", "largest", "smaller", "smallest", "bigger", "biggest",
            "higher", "highest", "lower", "lowest", "more than", "less than", "fewer than",
            "record", "double", "doubled", "doubling", "overtook", "overtaken", "overtakes",
            "cross", "crosses", "crossed", "crossing", "leads", "outpaced", "still rising", "still falling",
            "converged", "converging", "pulled ahead", "sped up", "accelerated", "accelerating", "slowed", "overtaking");

    private static final Pattern ANY = Pattern.compile("\\b(" + String.join("|", WORDS.stream()
            .map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The Chinese words. Chinese has no spaces, so they are found inside longer words: where such
     * a longer word names a thing rather than compares (加速器 is an accelerator chip, 最大化 is
     * "maximise"), it is listed in {@link #NOT_COMPARING} and skipped.
     */
    public static final List<String> CHINESE = List.of(
            "高于", "低于", "超过", "多于", "少于", "领先", "落后", "最高", "最大", "最低", "最小", "最快", "最慢",
            "更快", "更慢", "创纪录", "翻倍", "翻番", "加速", "放缓", "超越", "赶上", "趋同", "反超");

    /** Longer words holding a word of {@link #CHINESE} that compare nothing. */
    public static final Map<String, List<String>> NOT_COMPARING = Map.of(
            "加速", List.of("加速器", "加速卡", "加速计算"),
            "最大", List.of("最大化", "最大限度"),
            "最小", List.of("最小化", "最小限度"),
            "领先", List.of("领先的"));

    private static final Pattern ANY_CHINESE = Pattern.compile(String.join("|", CHINESE.stream().map(Pattern::quote).toList()));

    private ComparativeWords() {
    }

    /** Where such a word appears in {@code text}, and the word as written. */
    public record Found(int index, String word) {
    }

    /** The first English word of the list in {@code text}. */
    public static Optional<Found> find(CharSequence text) {
        Matcher m = ANY.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.group())) : Optional.empty();
    }

    /** The first word of {@code language}'s list in {@code text}. */
    public static Optional<Found> find(CharSequence text, Language language) {
        if (language != Language.ZH) {
            return find(text);
        }
        Matcher m = ANY_CHINESE.matcher(text);
        while (m.find()) {
            if (!insideNonComparing(text, m.start(), m.group())) {
                return Optional.of(new Found(m.start(), m.group()));
            }
        }
        return Optional.empty();
    }

    private static boolean insideNonComparing(CharSequence text, int at, String word) {
        for (String longer : NOT_COMPARING.getOrDefault(word, List.of())) {
            int start = at - longer.indexOf(word);
            if (start >= 0 && start + longer.length() <= text.length()
                    && text.subSequence(start, start + longer.length()).toString().equals(longer)) {
                return true;
            }
        }
        return false;
    }
}
