package reportsite.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input read again comes as the array read before while its bytes are the same, so that the
 * hash kept by that array's identity is found again; a file that changed, even in one byte of the
 * same length, comes as its new bytes.
 */
class SameBytesTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedInputIsTheSameArrayAndAChangedOneItsNewBytes() throws Exception {
        Files.writeString(dir.resolve("a.css"), "body { color: red }");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.html"), "<p>b</p>");
        byte[] a = Assets.inputs(dir).get("a.css");
        byte[] b = Assets.inputs(dir).get("sub/b.html");

        assertSame(a, Assets.inputs(dir).get("a.css"));
        assertSame(b, Assets.inputs(dir).get("sub/b.html"));

        Files.writeString(dir.resolve("a.css"), "body { color: reD }");
        byte[] edited = Assets.inputs(dir).get("a.css");
        assertNotSame(a, edited);
        assertArrayEquals("body { color: reD }".getBytes(StandardCharsets.UTF_8), edited);
        assertSame(b, Assets.inputs(dir).get("sub/b.html"), "the other file is still the same");
    }

    @Test
    void theOutputsReaderGivesNewArrays() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>x</p>");
        assertNotSame(Assets.files(dir).get("index.html"), Assets.files(dir).get("index.html"));
    }
}
