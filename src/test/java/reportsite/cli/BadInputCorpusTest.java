package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportsite.build.MiniSite;

/**
 * The bad-input corpus: each folder of {@code src/test/resources/bad-input/} is one input a user
 * might write, kept as files (see the README there). A case holds only the files that differ
 * from {@code _base/} and an {@code expect.txt}. Error cases must exit 1 with the message at its
 * position, print no stack trace, and leave the site built before them byte for byte as it was;
 * valid cases must build.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path tmp;

    /** What {@code expect.txt} says. */
    record Expectation(boolean valid, List<String[]> errors, List<String> args, List<String> remove) {

        static Expectation read(Path file) {
            boolean valid = false;
            List<String[]> errors = new ArrayList<>();
            List<String> args = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            String message = null;
            for (String line : readLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
                String value = colon < 0 ? "" : line.substring(colon + 1).strip();
                switch (key) {
                    case "ok" -> valid = true;
                    case "error" -> message = value;
                    case "at" -> {
                        if (message == null) {
                            throw new IllegalArgumentException(file + ": 'at:' must follow an 'error:' line");
                        }
                        errors.add(new String[] {message, value});
                        message = null;
                    }
                    case "args" -> args.addAll(List.of(value.split("\\s+")));
                    case "remove" -> remove.add(value);
                    default -> throw new IllegalArgumentException(file + ": unknown line '" + line + "'");
                }
            }
            if (valid == !errors.isEmpty() || message != null) {
                throw new IllegalArgumentException(file + ": write either 'ok' or 'error:' + 'at:' pairs");
            }
            return new Expectation(valid, errors, args, remove);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndEveryCaseHasAnExpectation() throws IOException {
        List<String> names = cases().toList();
        assertTrue(names.size() >= 50, "at least 50 cases, found " + names.size());
        for (String n : names) {
            assertTrue(Files.isRegularFile(CORPUS.resolve(n).resolve("expect.txt")), n + " has no expect.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase(String name) throws IOException {
        Path caseDir = CORPUS.resolve(name);
        Expectation expect = Expectation.read(caseDir.resolve("expect.txt"));
        copyTree(CORPUS.resolve("_base"), tmp);
        copyTree(Path.of("templates"), tmp.resolve("templates"));
        Path out = tmp.resolve("out");
        Map<String, byte[]> before = Map.of();
        if (!expect.valid()) {
            // The site a failed build must leave alone.
            MainTest.Run first = build(List.of());
            assertEquals(ExitCodes.OK, first.exit(), "the base must build:\n" + first.err());
            before = MiniSite.tree(out);
        }
        copyTree(caseDir, tmp);
        Files.delete(tmp.resolve("expect.txt"));
        for (String r : expect.remove()) {
            Files.delete(tmp.resolve(r));
        }

        MainTest.Run r = build(expect.args());
        String err = r.err().replace(tmp.toAbsolutePath() + "/", "");

        assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
        if (expect.valid()) {
            assertEquals(ExitCodes.OK, r.exit(), err);
            assertSafeHtml(out);
            return;
        }
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), err);
        for (String[] e : expect.errors()) {
            String head = e[1] + ": error: ";
            boolean found = err.lines().anyMatch(l -> l.startsWith(head) && l.contains(e[0]));
            assertTrue(found, "expected '" + head + "…" + e[0] + "…' in:\n" + err);
        }
        assertTrue(err.endsWith("; nothing was written\n"), err);
        assertEquals(MiniSite.digest(before), MiniSite.digest(MiniSite.tree(out)), "the previous site is unchanged");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).toList(),
                    "no staging folder is left behind");
        }
    }

    private MainTest.Run build(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", tmp.resolve("content").toString(),
                "--templates", tmp.resolve("templates").toString(), "--out", tmp.resolve("out").toString()));
        args.addAll(extra);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return new MainTest.Run(exit, out.toString(), err.toString());
    }

    /** No script but the site's own, no event handler and no javascript: link in any page. */
    static void assertSafeHtml(Path out) throws IOException {
        for (Map.Entry<String, byte[]> f : MiniSite.tree(out).entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            for (Element s : doc.select("script")) {
                assertTrue(Set.of("assets/theme.js", "assets/search.js").contains(s.attr("src")), f.getKey() + ": unexpected script " + s);
                assertEquals("", s.data().strip(), f.getKey() + ": inline script " + s);
            }
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        fail(f.getKey() + ": event handler in " + el);
                    }
                    if (a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        fail(f.getKey() + ": javascript: URL in " + el);
                    }
                });
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
