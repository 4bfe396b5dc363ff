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
}
