package reportsite.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;

/**
 * `serve` reads the folders while an editor may be saving into them through a temporary file,
 * renamed over the page: a file gone between being listed and being read is not an error (the
 * save's own event brings the next build), and a page being saved is read whole, old or new.
 */
class SavedWhileReadTest {

    @TempDir
    Path dir;

    @Test
    void filesSavedThroughATemporaryFileWhileTheFoldersAreReadAreNoErrors() throws Exception {
        Files.writeString(dir.resolve("index.md"), "---\ntitle: Home\n---\nOld.\n");
        AtomicBoolean stop = new AtomicBoolean();
        Thread editor = new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
                try {
                    Path tmp = Files.createTempFile(dir, ".save", ".tmp");
                    Files.writeString(tmp, "---\ntitle: Home\n---\nSave " + n + ".\n");
                    Files.move(tmp, dir.resolve("index.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        editor.start();
        try {
            for (int read = 0; read < 300; read++) {
                Diagnostics d = new Diagnostics();
                InputFiles inputs = SourceReader.read(dir, d);
                List<Diagnostic> all = d.all();
                assertTrue(all.isEmpty(), () -> "read while saving: " + all.get(0).format());
                assertEquals(1, inputs.pages().size());
                assertTrue(inputs.pages().get(0).text().startsWith("---\ntitle: Home\n---\n"), inputs.pages().get(0).text());
                Assets.files(dir);
            }
        } finally {
            stop.set(true);
            editor.join();
        }
    }
}
