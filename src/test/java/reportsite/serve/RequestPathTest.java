package reportsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request paths map to files inside the served folder only. */
class RequestPathTest {

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void site() throws IOException {
        root = tmp.resolve("site").toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("charts"));
        Files.writeString(root.resolve("index.html"), "home");
        Files.writeString(root.resolve("charts/a b.csv"), "x");
        Files.writeString(root.resolve("charts/index.html"), "charts");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
    }

    @Test
    void findsFilesAndFolderIndexes() {
        assertEquals(new RequestPath.Found(real("index.html")), RequestPath.resolve(root, "/"));
        assertEquals(new RequestPath.Found(real("index.html")), RequestPath.resolve(root, "/index.html"));
        assertEquals(new RequestPath.Found(real("charts/a b.csv")), RequestPath.resolve(root, "/charts/a%20b.csv"));
        assertEquals(new RequestPath.Found(real("charts/index.html")), RequestPath.resolve(root, "/charts/"));
        assertEquals(new RequestPath.Found(real("charts/index.html")), RequestPath.resolve(root, "/charts"));
        assertInstanceOf(RequestPath.NotFound.class, RequestPath.resolve(root, "/missing.html"));
        assertInstanceOf(RequestPath.NotFound.class, RequestPath.resolve(root, "/%252e%252e/secret.txt"));
    }

    @Test
    void refusesEveryWayOut() {
        for (String raw : new String[] {"/../secret.txt", "/charts/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/.%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
                "//etc/passwd", "/charts//../../secret.txt", "/./index.html", "/index.html%00.png", "/%00", "/a%0ab",
                "/C:/Windows/win.ini", "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%zz", "/%2",
                "secret.txt", "", "/" + tmp.resolve("secret.txt").toString().substring(1).replace("/", "%2f")}) {
            assertInstanceOf(RequestPath.Refused.class, RequestPath.resolve(root, raw), raw);
        }
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsNotFollowed() throws IOException {
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), tmp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        assertInstanceOf(RequestPath.NotFound.class, RequestPath.resolve(root, "/link.txt"));
    }

    @Test
    void decodesStrictly() {
        assertEquals(Optional.of("/é a+b"), RequestPath.decode("/%C3%A9%20a+b"));
        assertEquals(Optional.empty(), RequestPath.decode("/%C3"));
        assertEquals(Optional.empty(), RequestPath.decode("/%ff"));
    }

    private Path real(String relative) {
        try {
            return root.resolve(relative).toRealPath();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
