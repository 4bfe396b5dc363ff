package reportsite.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path dir;

    @Test
    void filesGoneWhileANewFolderIsWatchedDoNotStopTheWatcher() throws Exception {
        // An editor that saves through a temporary file renames it away while the watcher walks the
        // new folder to watch it: the walk meets a file that is gone. That stopped the watcher's
        // thread, and the server never rebuilt again (seen once in DevServerTest).
        LinkedBlockingQueue<Set<Path>> reported = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), reported::add)) {
            watcher.start();
            for (int folder = 0; folder < 40; folder++) {
                Path sub = Files.createDirectories(dir.resolve("posts-" + folder));
                for (int file = 0; file < 25; file++) {
                    Path tmp = Files.createTempFile(sub, ".write", ".tmp");
                    Files.writeString(tmp, "text " + file);
                    Files.move(tmp, sub.resolve("page-" + file + ".md"), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path last = dir.resolve("posts-0").resolve("last.md");
            Files.writeString(last, "the last save");
            boolean seen = false;
            for (Set<Path> changed; !seen && (changed = reported.poll(Http.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                seen = changed.contains(last);
            }
            assertTrue(seen, "the watcher still reports a save after the new folders");
        }
    }
}
