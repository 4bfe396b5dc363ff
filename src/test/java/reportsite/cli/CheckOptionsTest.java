package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;

/** {@code check} offers only the options that change what it checks, and says which theme files are in use. */
class CheckOptionsTest {

    @Test
    void checkHelpListsNoOutputOptions() {
        MainTest.Run r = MainTest.run("check", "--help");
        assertEquals(0, r.exit());
        for (String option : new String[] {"--out", "--clean", "--base-url"}) {
            assertFalse(r.out().contains(option), option + " in:\n" + r.out());
        }
        assertTrue(r.out().contains("--templates"), r.out());
        assertTrue(MainTest.run("build", "--help").out().contains("--base-url"));
        assertEquals(2, MainTest.run("check", "--out", "x").exit());
    }

    @Test
    void checkListsTheOverridesInUseAndCountsInTheSingular(@TempDir Path tmp) throws Exception {
        MiniSite site = new MiniSite(tmp);
        // An empty folder of overrides: the built-in theme alone.
        Files.createDirectories(tmp.resolve("templates"));
        MainTest.Run plain = MainTest.run("check", "--content", site.content().toString(), "--templates", tmp.resolve("templates").toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().startsWith("ok: 1 page, 1 chart, 0 warnings"), plain.out());
        assertTrue(plain.out().contains("theme: built in\n"), plain.out());
        site.write("templates/assets/style.css", "body { color: red }\n");
        site.write("templates/assets/extra.css", "p { margin: 0 }\n");
        MainTest.Run r = MainTest.run("check", "--content", site.content().toString(), "--templates", tmp.resolve("templates").toString());
        assertTrue(r.out().contains("theme: built in, with overrides from " + tmp.resolve("templates") + "/\n"
                + "  replaces assets/style.css\n  adds     assets/extra.css\n"), r.out());
        assertTrue(Files.exists(site.content()));
    }

    /** A mistyped --templates would build with the built-in theme alone, without a word: it is an error. */
    @Test
    void aTemplatesFolderThatDoesNotExistIsAnErrorAndTheSiteStays(@TempDir Path tmp) throws Exception {
        MiniSite site = new MiniSite(tmp);
        assertEquals(0, MainTest.run("build", "--content", site.content().toString(), "--out", site.out().toString()).exit());
        java.util.Map<String, byte[]> before = MiniSite.tree(site.out());
        site.write("content/index.md", MiniSite.INDEX.replace("Acme spent", "Acme invested"));
        for (String command : new String[] {"build", "check", "serve"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command, "--content", site.content().toString(),
                    "--templates", tmp.resolve("templats").toString()));
            if (!command.equals("check")) {
                args.addAll(java.util.List.of("--out", site.out().toString()));
            }
            MainTest.Run r = MainTest.run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), command + ": " + r.err());
            assertTrue(r.err().startsWith("--templates: error: the templates folder " + tmp.resolve("templats") + " does not exist\n"), r.err());
            assertTrue(r.err().contains("hint: name the folder of your template overrides, or leave --templates out"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        site.write("templates.txt", "not a folder\n");
        MainTest.Run file = MainTest.run("build", "--content", site.content().toString(), "--templates", tmp.resolve("templates.txt").toString(),
                "--out", site.out().toString());
        assertEquals(1, file.exit());
        assertTrue(file.err().contains("templates.txt is not a folder"), file.err());
        assertEquals(MiniSite.digest(before), MiniSite.digest(MiniSite.tree(site.out())), "the previous site is left as it was");
    }
}
