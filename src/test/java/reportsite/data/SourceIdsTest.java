package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;

/** A figure's source ids: an unknown one names the ids there are (11 is no typo of 1), a decimal one says ids are whole. */
class SourceIdsTest {

    private static List<Diagnostic> errors(Path dir, String sources) {
        Diagnostics d = new Diagnostics();
        MiniData.load(dir, MiniData.BASE.replace("    value: 38.68\n    sources: [1]", "    value: 38.68\n    sources: " + sources), d);
        return d.errors();
    }

    @Test
    void anUnknownIdNamesTheIdsThereAre(@TempDir Path dir) {
        Diagnostic e = errors(dir, "[11]").get(0);
        assertEquals("unknown source 11", e.message());
        assertEquals("the sources list has the ids 1, 2", e.hint());
    }

    @Test
    void aDecimalIdIsNotAWholeNumber(@TempDir Path dir) {
        Diagnostic e = errors(dir, "[1.2]").get(0);
        assertEquals("a source id is a whole number, found 1.2", e.message());
        assertEquals(15, e.position().column());
    }
}
