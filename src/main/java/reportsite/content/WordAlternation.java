package reportsite.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One regular expression for a list of words, to be matched against lower-case text
 * ({@link #lowerCase}). The words are laid out as a trie ({@code r(?:ose|is(?:e(?:s)?|ing))}), so
 * that a place in the text is given up at its first letter, not tried against every word in
 * turn: a plain alternation of the judged words, with a case-insensitive match, cost more than
 * all the rest of a page's compile (profiled in bench/README.md, issue 28). A space in a word
 * matches any run of white space; words in Latin letters match whole words only; the longest
 * word wins where several start at the same place.
 */
final class WordAlternation {

    private WordAlternation() {
    }

    /** The pattern of {@code words} (each as {@link #normal} makes it), followed by {@code after} ("" or "$"). */
    static Pattern pattern(Collection<String> words, String after) {
        List<String> latin = new ArrayList<>();
        List<String> other = new ArrayList<>();
        words.forEach(w -> (latin(w) ? latin : other).add(w));
        List<String> parts = new ArrayList<>();
        if (!latin.isEmpty()) {
            parts.add("\\b" + trie(latin) + "\\b");
        }
        if (!other.isEmpty()) {
            parts.add(trie(other));
        }
        return Pattern.compile(parts.isEmpty() ? "(?!)" : "(?:" + String.join("|", parts) + ")" + after);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A word as the patterns hold it: lower case, its parts split by one space. */
    static String normal(CharSequence word) {
        return SPACES.matcher(lowerCase(word).toString().trim()).replaceAll(" ");
    }

    /** {@code text} in lower case, letter by letter, so that every index stays where it was. */
    static CharSequence lowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }

    /** Whether a word is written in Latin letters, so matched as a whole word. */
    private static boolean latin(String w) {
        return w.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    private static final class Node {
        final Map<Character, Node> next = new TreeMap<>();
        boolean ends;
    }

    private static String trie(List<String> words) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (char c : w.toCharArray()) {
                n = n.next.computeIfAbsent(c, k -> new Node());
            }
            n.ends = true;
        }
        return regex(root);
    }

    private static String regex(Node n) {
        List<String> branches = new ArrayList<>();
        n.next.forEach((c, child) -> branches.add(literal(c) + regex(child)));
        if (branches.isEmpty()) {
            return "";
        }
        String body = "(?:" + String.join("|", branches) + ")";
        // A word may end here or go on: the longer is tried first (the greedy '?').
        return n.ends ? body + "?" : body;
    }

    private static String literal(char c) {
        return c == ' ' ? "\\s+" : Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : Pattern.quote(String.valueOf(c));
    }
}
