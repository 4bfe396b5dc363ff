package reportsite.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and their sub-folders (new ones included) for changed files, and reports
 * each burst of changes once, when no further change has come for {@link #QUIET_MILLIS}: an
 * editor's save (write a temporary file, rename it over the old one) is one change, not three.
 * The callback runs on the watcher's own thread, so builds never overlap; changes made during a
 * build are reported after it.
 */
final class SourceWatcher implements Closeable {

    /** Short: it adds to every rebuild's delay, and an editor's save takes microseconds, not milliseconds. */
    static final long QUIET_MILLIS = 10;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "report-site-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        // Not Files.walk: an editor saving through a temporary file renames it away while a new
        // folder is walked, and Files.walk throws for an entry gone between listing and reading it,
        // which stopped this thread for good. A file that is gone is skipped; its change is reported.
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                try {
                    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    dirs.put(key, dir);
                    return FileVisitResult.CONTINUE;
                } catch (NoSuchFileException gone) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                // Debounce: keep collecting until the folders have been quiet for a moment.
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                changed.removeIf(SourceWatcher::isScratch);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                // Events were lost: report the folder itself, which makes a full rebuild anyway.
                changed.add(dir == null ? Path.of(".") : dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // Gone again before it could be watched; its files were reported as changed.
                }
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /**
     * Swap and backup files of editors (vim, emacs, JetBrains) and temporary files (of the build's
     * own atomic writes among others): never inputs of the site.
     */
    static boolean isScratch(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.equals("4913");
    }

    /** Stops watching; a build under way is let finish (for at most a minute), so that it leaves no half-written cache. */
    @Override
    public void close() throws IOException {
        service.close();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
