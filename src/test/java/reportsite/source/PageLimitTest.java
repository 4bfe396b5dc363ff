package reportsite.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostics;

/** The page limit, tried with a small limit so that the test does not write 50,000 files. */
class PageLimitTest {

    @TempDir
    Path content;

    private void pages(int n) throws IOException {
        Files.createDirectories(content.resolve("sub"));
        for (int i = 0; i < n; i++) {
            Files.writeString(content.resolve(i % 2 == 0 ? "p" + i + ".md" : "sub/p" + i + ".md"), "---\ntitle: P\n---\n");
        }
    }

    @Test
    void morePagesThanTheLimitIsOneErrorAtTheContentFolder() throws IOException {
        pages(4);
        Diagnostics d = new Diagnostics();
        InputFiles in = SourceReader.read(content, d, 3);
        assertEquals(List.of(SourceReader.display(content) + ": error: too many pages: more than 3\n"
                + "    hint: split the report into several sites"), d.all().stream().map(x -> x.format()).toList());
        assertEquals(List.of(), in.pages(), "nothing is read past the limit");
    }

    @Test
    void pagesUpToTheLimitAreRead() throws IOException {
        pages(3);
        Diagnostics d = new Diagnostics();
        assertEquals(3, SourceReader.read(content, d, 3).pages().size());
        assertEquals(List.of(), d.all());
    }

    @Test
    void otherFilesDoNotCount() throws IOException {
        pages(3);
        Files.writeString(content.resolve("notes.txt"), "x");
        Files.createDirectories(content.resolve("folder.md"));
        Diagnostics d = new Diagnostics();
        assertEquals(3, SourceReader.read(content, d, 3).pages().size());
        assertEquals(List.of(), d.all());
    }

    @Test
    void theLimitIsFiftyThousand() {
        assertEquals(50_000, SourceReader.MAX_PAGES);
    }
}
