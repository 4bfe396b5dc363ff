package reportsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.Lock;

/**
 * Serves the files of the output folder, read under the lock a rebuild holds while it swaps the
 * new site in, so that a request never sees a half-swapped folder. HTML responses get the reload
 * script; a missing page gets the site's own 404 page.
 */
final class SiteFiles implements HttpHandler {

    private final Path root;
    private final Lock readLock;
    private final PendingImages pending;

    /** @param root the output folder, absolute and normalized */
    SiteFiles(Path root, Lock readLock, PendingImages pending) {
        this.root = root;
        this.readLock = readLock;
        this.pending = pending;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            RequestPath.Result result = RequestPath.resolve(root, exchange.getRequestURI().getRawPath());
            if (result instanceof RequestPath.Refused) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (result instanceof RequestPath.Found found) {
                try {
                    pending.await(root.relativize(found.file()).toString().replace('\\', '/'));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            readLock.lock();
            Response r;
            try {
                r = read(result, exchange.getRequestURI().getRawPath());
            } finally {
                readLock.unlock();
            }
            send(exchange, r.status(), r.type(), ContentTypes.isHtml(r.type()) ? ReloadScript.inject(r.body()) : r.body());
        }
    }

    private record Response(int status, String type, byte[] body) {
    }

    private Response read(RequestPath.Result result, String rawPath) {
        if (result instanceof RequestPath.Found found) {
            try {
                return new Response(200, ContentTypes.of(found.file().getFileName().toString()), Files.readAllBytes(found.file()));
            } catch (IOException e) {
                // Removed between the check and the read: answer as for any missing file.
            }
        }
        Path page404 = nearest404(rawPath);
        try {
            return new Response(404, ContentTypes.of("404.html"), Files.readAllBytes(page404));
        } catch (IOException e) {
            return new Response(404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The 404 page of the folder asked for, or of the nearest folder above it that has one: an
     * edition's folder ({@code zh/}) has its own, whose links work from that depth.
     */
    private Path nearest404(String rawPath) {
        String[] parts = rawPath.split("/");
        for (int n = parts.length - 1; n > 0; n--) {
            Path folder = root;
            boolean plain = true;
            for (int i = 1; i < n && plain; i++) {
                plain = parts[i].matches("[A-Za-z0-9_-]+");
                folder = folder.resolve(parts[i]);
            }
            Path page = folder.resolve("404.html");
            if (plain && Files.isRegularFile(page, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return page;
            }
        }
        return root.resolve("404.html");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
