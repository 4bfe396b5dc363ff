package reportsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code /__reload} endpoint: server-sent events to every open tab. {@code reload} after a
 * successful build; {@code error}, with the build's messages as data, after a failed one. A tab
 * that connects while the last build has failed gets that error at once, so that reloading the
 * page by hand does not hide it.
 */
final class ReloadEvents implements HttpHandler {

    private final List<OutputStream> clients = new ArrayList<>();
    private Optional<String> lastError = Optional.empty();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (this) {
            // The stream stays open after the handler returns; events are written by the build thread.
            String hello = "retry: 500\n: connected\n\n" + lastError.map(e -> frame("error", e)).orElse("");
            if (write(out, hello)) {
                clients.add(out);
            }
        }
    }

    /** Tells every tab to reload. */
    synchronized void reload(String data) {
        lastError = Optional.empty();
        send(frame("reload", data));
    }

    /** Shows a failed build's messages in every tab. */
    synchronized void error(String messages) {
        lastError = Optional.of(messages);
        send(frame("error", messages));
    }

    synchronized int clients() {
        return clients.size();
    }

    /** Ends every stream, so that the server can stop at once. */
    synchronized void close() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException e) {
                // The tab is gone already.
            }
        }
        clients.clear();
    }

    private void send(String frame) {
        clients.removeIf(out -> !write(out, frame));
    }

    private static boolean write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One event; every line of the data gets its own {@code data:} field, as the format requires. */
    static String frame(String event, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        return sb.append('\n').toString();
    }
}
