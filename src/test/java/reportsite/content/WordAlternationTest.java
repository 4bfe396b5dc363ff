package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trie pattern finds what a plain case-insensitive alternation of the same words finds, longest word first. */
class WordAlternationTest {

    private static final List<String> WORDS = List.of("rose", "risen", "rise", "rises", "rising", "grew", "double", "doubled",
            "more than double", "more than doubled", "far more", "a year earlier", "a year before", "year on year", "about",
            "about the same", "增长", "增加", "下降", "翻倍", "同比", "大致相当", "同比增长");
    private static final List<String> FILLER = List.of(" ", "  ", "\n", ".", ",", "x", "s", "d", "the", "capex", "12%", "Rose",
            "MORE", "Than", "year", "同", "比", "长", "a", "earlier", "doubles", "arose");

    @Test
    void findsWhatAPlainAlternationFinds() {
        Pattern plain = plain(WORDS);
        Pattern trie = WordAlternation.pattern(WORDS.stream().map(WordAlternation::normal).toList(), "");
        Random random = new Random(28);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                List<String> from = random.nextBoolean() ? WORDS : FILLER;
                String piece = from.get(random.nextInt(from.size()));
                text.append(random.nextInt(4) == 0 ? piece.toUpperCase() : piece).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertEquals(matches(plain.matcher(t), t), matches(trie.matcher(WordAlternation.lowerCase(t)), t), t);
        }
    }

    @Test
    void aWordAtTheEndOnlyWhenAskedForTheEnd() {
        Pattern atEnd = WordAlternation.pattern(List.of("about", "more than", "约"), "$");
        assertEquals(List.of("18:More  than"), matches(atEnd.matcher(WordAlternation.lowerCase("about the figure, More  than")),
                "about the figure, More  than"));
        assertEquals(List.of(), matches(atEnd.matcher("roughly about it"), "roughly about it"));
        assertEquals(List.of(), matches(atEnd.matcher("handsomeabout"), "handsomeabout"));
        assertEquals(List.of("2:约"), matches(atEnd.matcher("收入约"), "收入约"));
    }

    /** The alternation the trie replaced: longest word first, whole words for Latin letters, any case. */
    private static Pattern plain(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> parts = sorted.stream().map(w -> {
            String body = Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
            return w.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c)) ? "\\b" + body + "\\b" : body;
        }).toList();
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> matches(Matcher m, String text) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + text.substring(m.start(), m.end()));
        }
        return out;
    }
}
