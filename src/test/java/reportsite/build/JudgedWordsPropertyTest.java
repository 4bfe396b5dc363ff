package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MetricsLoader;
import reportsite.data.Observation;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.UserError;
import reportsite.i18n.UiStrings;

/**
 * A property of the example report: however its figures are edited, no direction word that sits
 * right before a change ("grew {{ a -> b }}", 增长{{ a -> b }}) is left saying the opposite of
 * the change without an error at the word. The edits are random but seeded, so a failure
 * repeats. The oracle here is deliberately simpler than the build's rule (only a change that is
 * the first directive after the word in its sentence), so that it does not share its mistakes.
 */
class JudgedWordsPropertyTest {

    private static final Pattern VALUE = Pattern.compile("(value: (?:\\{about: )?)([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern CHANGE = Pattern.compile("(?:change )?([a-z0-9_]+\\.[a-z0-9_]+@[A-Za-z0-9-]+) -> ([a-z0-9_]+\\.[a-z0-9_]+@[A-Za-z0-9-]+)");
    private static final double[] FACTORS = {0.3, 0.7, 0.95, 1.05, 1.5, 3};

    @TempDir
    Path dir;

    /** A direction word of the example and the change it stands before. */
    private record Word(Path file, int line, int column, String word, boolean rising, String from, String to) {
    }

    @Test
    void randomDataEditsNeverLeaveADirectionWordContradictingItsChangeWithoutAnError() throws IOException {
        Random random = new Random(24);
        int contradictions = 0;
        for (int round = 0; round < 6; round++) {
            Path content = dir.resolve("round-" + round);
            copy(Path.of("content"), content);
            Path metrics = content.resolve("metrics.yaml");
            Files.writeString(metrics, edit(Files.readString(metrics), random));
            List<Diagnostic> errors = check(content);
            for (Language language : List.of(Language.EN, Language.ZH)) {
                Dataset data = load(metrics, language);
                for (Word w : words(content, language)) {
                    Optional<Integer> sign = sign(data, w.from(), w.to());
                    if (sign.isEmpty() || sign.get() == 0 || (sign.get() > 0) == w.rising()) {
                        continue;
                    }
                    contradictions++;
                    String at = content.relativize(w.file()).toString().replace('\\', '/');
                    assertTrue(errors.stream().anyMatch(e -> e.position().file().endsWith(at) && e.position().line() == w.line()
                                    && e.position().column() == w.column()),
                            "round " + round + ": '" + w.word() + "' at " + at + ":" + w.line() + ":" + w.column()
                                    + " contradicts " + w.from() + " -> " + w.to() + " without an error; errors: " + errors);
                }
            }
        }
        assertTrue(contradictions > 0, "the edits never made a direction word wrong, so the property was not tested");
    }

    private static String edit(String yaml, Random random) {
        Matcher m = VALUE.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2);
            if (random.nextDouble() < 0.35) {
                value = new BigDecimal(value).multiply(BigDecimal.valueOf(FACTORS[random.nextInt(FACTORS.length)]))
                        .setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + value));
        }
        return m.appendTail(out).toString();
    }

    private List<Diagnostic> check(Path content) {
        BuildConfig config = new BuildConfig(content, Path.of("templates"), dir.resolve("out"), false, false, false, Optional.empty(), false);
        try {
            new SiteBuilder(config, BuildCache.none()).check();
            return List.of();
        } catch (UserError e) {
            return e.diagnostics().stream().filter(Diagnostic::isError).toList();
        }
    }

    private static Dataset load(Path metrics, Language language) throws IOException {
        Diagnostics d = new Diagnostics();
        return MetricsLoader.load(new reportsite.source.SourceFile("metrics.yaml", "content/metrics.yaml", metrics,
                Files.readString(metrics)), d);
    }

    /** The direction words of the edition's pages that stand right before a change, by the simple rule above. */
    private static List<Word> words(Path content, Language language) throws IOException {
        UiStrings ui = UiStrings.load(Path.of("templates"), language, new Diagnostics()).orElseThrow();
        List<Word> out = new ArrayList<>();
        Path folder = language == Language.EN ? content : content.resolve(language.code());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    find(out, file, i + 1, lines.get(i), ui.get("judged.rising"), true);
                    find(out, file, i + 1, lines.get(i), ui.get("judged.falling"), false);
                }
            }
        }
        return out;
    }

    private static void find(List<Word> out, Path file, int line, String text, String words, boolean rising) {
        for (String word : words.split("\\|")) {
            boolean latin = word.chars().anyMatch(Character::isLetter) && word.chars().allMatch(c -> c < 0x250);
            Matcher m = Pattern.compile(latin ? "\\b" + Pattern.quote(word) + "\\b" : Pattern.quote(word)).matcher(text);
            while (m.find()) {
                if (latin && text.regionMatches(true, m.start(), word, 0, word.length()) && !text.startsWith(word, m.start())
                        && !Character.isUpperCase(text.charAt(m.start()))) {
                    continue;
                }
                String rest = text.substring(m.end());
                int end = firstSentenceEnd(rest);
                Matcher d = DIRECTIVE.matcher(rest);
                // The first directive after the word, skipping claims, in the same sentence.
                while (d.find() && d.start() < end) {
                    if (d.group(1).startsWith("claim")) {
                        continue;
                    }
                    Matcher c = CHANGE.matcher(d.group(1));
                    if (c.matches()) {
                        out.add(new Word(file, line, m.start() + 1, word, rising, c.group(1), c.group(2)));
                    }
                    break;
                }
            }
        }
    }

    private static int firstSentenceEnd(String s) {
        int end = s.length();
        for (String stop : List.of(". ", "。", "！", "？")) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    /** The sign of the change between two figures of one entity, in its own currency; empty across entities. */
    private static Optional<Integer> sign(Dataset data, String from, String to) {
        Optional<Observation> a = observation(data, from);
        Optional<Observation> b = observation(data, to);
        if (a.isEmpty() || b.isEmpty() || !a.get().entity().equals(b.get().entity())
                || a.get().value().number().isEmpty() || b.get().value().number().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(b.get().value().number().get().compareTo(a.get().value().number().get()));
    }

    private static Optional<Observation> observation(Dataset data, String ref) {
        int dot = ref.indexOf('.');
        int at = ref.indexOf('@');
        return data.observation(ref.substring(0, dot), ref.substring(dot + 1, at), ref.substring(at + 1));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
