package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.source.SourceReader;

/** The command line, as a user runs it: exit codes and what is printed. */
class MainTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A copy of the repository's example content, to break on purpose. */
    static Path copyOfExample(Path into) throws IOException {
        Path content = into.resolve("content");
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return content;
    }

    @Test
    void buildsTheExample() {
        Path out = tmp.resolve("site");
        Run r = run("build", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("built " + out + ": 14 pages, 24 charts, "), r.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(r.err().contains("error"), r.err());
    }

    @Test
    void checksTheExampleWithoutWriting() {
        Run r = run("check");
        assertEquals(0, r.exit(), r.err());
        // Every comparative sentence of the example is bound to a claim: no warning.
        assertTrue(r.out().matches("(?s)ok: \\d+ pages, \\d+ charts, 0 warnings.*"), r.out());
        assertFalse(Files.exists(tmp.resolve("site")));
        assertTrue(r.out().contains("theme: built in"), r.out());
    }

    @Test
    void badInputExitsOneWithPositionsAndNoStackTrace() throws IOException {
        Path content = copyOfExample(tmp);
        Path metrics = content.resolve("metrics.yaml");
        Files.writeString(metrics, Files.readString(metrics).replace("    colour: \"#1A73E8\"", "    colour: blue"));
        Path out = tmp.resolve("site");

        Run r = run("build", "--content", content.toString(), "--out", out.toString());

        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        String file = SourceReader.display(metrics);
        assertTrue(r.err().startsWith(file + ":34:13: error: colour must be #RRGGBB, found 'blue'\n"), r.err());
        assertTrue(r.err().contains("        colour: blue\n                ^\n"), "quotes the line with a caret:\n" + r.err());
        assertTrue(r.err().endsWith("1 error; nothing was written\n"), r.err());
        assertFalse(r.err().contains("at reportsite"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void checkReportsBadInputToo() throws IOException {
        Path content = copyOfExample(tmp);
        Files.writeString(content.resolve("extra.md"), "---\ntitle: Extra\n---\nSee {{ google.capex@2019-Q1 }}.\n");
        Run r = run("check", "--content", content.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(SourceReader.display(content.resolve("extra.md")) + ":4:5: error: no figure for google.capex@2019-Q1"),
                r.err());
        assertFalse(r.err().contains("at reportsite"), r.err());
    }

    @Test
    void strictTurnsAnUntranslatedPageIntoAnErrorAndWritesNothing() throws IOException {
        Path content = copyOfExample(tmp);
        Files.writeString(content.resolve("extra.md"), "---\ntitle: Extra\n---\nPlain text.\n");
        Run lenient = run("check", "--content", content.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains("extra.md:1:1: warning: no Chinese page 'content/zh/extra.md' for this page"), lenient.err());
        Path out = tmp.resolve("strict-site");
        Run strict = run("build", "--strict", "--content", content.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, strict.exit(), strict.err());
        assertTrue(strict.err().contains("extra.md:1:1: error: no Chinese page 'content/zh/extra.md' for this page (an error with --strict)"),
                strict.err());
        assertFalse(strict.err().contains("at reportsite"), strict.err());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing was written");
    }

    @Test
    void refusingTheOutputFolderIsAUserError() {
        Run r = run("build", "--out", "/");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("refusing to use the file-system root as the output folder"), r.err());
        assertFalse(r.err().contains("at reportsite"), r.err());
    }

    @Test
    void unknownOptionExitsTwo() {
        Run r = run("build", "--bogus");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Usage: report-site build"), r.err());
    }

    @Test
    void unknownCommandAndNoCommandExitTwo() {
        assertEquals(2, run("publish-everything").exit());
        Run none = run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("name a command: new, build, check, serve, publish or record"), none.err());
    }

    @Test
    void helpOnBuildAndCheck() {
        for (String command : new String[] {"build", "check"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().startsWith("Usage: report-site " + command), r.out());
            for (String option : new String[] {"--content", "--templates", "--drafts", "--safe"}) {
                assertTrue(r.out().contains(option), command + " --help lists " + option);
            }
        }
        assertTrue(run("--help").out().contains("build"));
        assertEquals("report-site 0.1.0", run("--version").out().strip());
    }
}
