package reportsite.claims;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparative and superlative words that make a sentence about figures a claim, which
 * should then be checked. Short on purpose: each word here is one an author would want checked,
 * so a warning is worth reading. docs/authoring.md lists the same words.
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

    private ComparativeWords() {
    }

    /** Where such a word appears in {@code text}, and the word as written. */
    public record Found(int index, String word) {
    }

    public static Optional<Found> find(CharSequence text) {
        Matcher m = ANY.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.group())) : Optional.empty();
    }
}
