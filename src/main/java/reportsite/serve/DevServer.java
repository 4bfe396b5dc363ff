package reportsite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;
import reportsite.build.BuildCache;
import reportsite.build.MemoryCache;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;
import reportsite.publish.SitePublisher;

/**
 * The editing loop: build, serve the output folder, watch the inputs, rebuild on a change and
 * tell open tabs. A failed rebuild leaves the last good site in place (the build publishes only
 * on success) and shows its messages in the tabs; the next good build replaces them. It writes
 * nothing but the output folder: a figure saved while serving is a draft, not a data update.
 */
public final class DevServer implements Closeable {

    /** What the loop reports, for the command line to print. */
    public interface Listener {
        /** @param changed the input files that changed; empty for the first build */
        void built(BuildResult result, Set<Path> changed);

        void failed(List<Diagnostic> diagnostics);

        /** A build failed for a reason other than the input (I/O, a bug); the loop goes on. */
        void crashed(RuntimeException e);

        /** The images of the charts an edit changed are drawn and in place, after its pages ({@code result} is that build's). */
        default void drew(BuildResult result) {
        }
    }

    private final BuildConfig config;
    private final String host;
    private final int port;
    private final Listener listener;
    private final ReloadEvents events = new ReloadEvents();
    private final PendingImages pending = new PendingImages();
    /** Held for writing while a build's files are put in place, for reading while a file is served. */
    private final ReentrantReadWriteLock outputLock = new ReentrantReadWriteLock();
    private final AtomicInteger builds = new AtomicInteger();
    /** What each build leaves in memory for the next: the data, templates, pages, charts. */
    private final BuildCache cache;
    /** The files in the output folder as this server last published them; empty before the first. */
    private Map<String, byte[]> published = Map.of();
    private HttpServer server;
    private ExecutorService executor;
    private SourceWatcher watcher;

    public DevServer(BuildConfig config, String host, int port, Listener listener) {
        this.config = config;
        this.host = host;
        this.port = port;
        this.listener = listener;
        this.cache = new MemoryCache(SiteBuilder.defaultCache(config));
    }

    /**
     * Builds once, then starts serving and watching.
     *
     * @return the address actually bound (a free port when 0 was asked for)
     */
    public URI start() throws IOException {
        build(Set.of());
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        AtomicInteger n = new AtomicInteger();
        // Eight: a request for an image being redrawn waits for it, and the tab's other files should not wait behind it.
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "report-site-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new SiteFiles(config.out().toAbsolutePath().normalize(), outputLock.readLock(), pending));
        server.createContext(ReloadScript.ENDPOINT, events);
        watcher = new SourceWatcher(List.of(config.content(), config.templates()), this::build);
        server.start();
        watcher.start();
        return uri();
    }

    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + a.getPort() + "/");
    }

    /** Builds finished so far, failed ones included (for tests and the bench). */
    public int builds() {
        return builds.get();
    }

    /** Tabs listening for reloads now. */
    public int listeners() {
        return events.clients();
    }

    private void build(Set<Path> changed) {
        try {
            // An edit is answered with its pages first: the tabs reload while the build that draws the
            // images it changed runs, and a request for one of those waits until it is drawn.
            // (An unchanged site is still news to a tab that shows the error of a failed build in between.)
            BuildResult r = changed.isEmpty() ? new SiteBuilder(config, cache).build(this::publish)
                    : new SiteBuilder(config, cache).draft(this::publish);
            pending.expect(r.notDrawn());
            events.reload(r.files().size() + " files");
            listener.built(r, changed);
            if (!r.notDrawn().isEmpty()) {
                try {
                    listener.drew(new SiteBuilder(config, cache).build(this::publish));
                } finally {
                    pending.done();
                }
            }
        } catch (UserError e) {
            listener.failed(e.diagnostics());
            events.error(errorText(e.diagnostics()));
        } catch (UncheckedIOException | IllegalStateException e) {
            listener.crashed(e);
            events.error("error: " + e.getMessage());
        } catch (RuntimeException e) {
            listener.crashed(e);
            events.error("internal error (a bug in report-site): " + e);
        } finally {
            builds.incrementAndGet();
        }
    }

    /**
     * Puts a build's files in place: only those whose bytes changed, when the output folder is
     * as this server left it.
     */
    private void publish(Path out, Map<String, byte[]> files) throws IOException {
        outputLock.writeLock().lock();
        try {
            if (!published.isEmpty() && SitePublisher.holds(out, published)) {
                SitePublisher.update(out, published, files);
            } else {
                SitePublisher.publish(out, files);
            }
            published = Map.copyOf(files);
        } finally {
            outputLock.writeLock().unlock();
        }
    }

    static String errorText(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"))
                + "\n" + errors + (errors == 1 ? " error" : " errors") + "; the last good build is still served";
    }

    /** Stops watching and serving; open event streams are ended. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing only releases the watch; nothing is lost.
        }
        events.close();
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
