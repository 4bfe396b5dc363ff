package reportsite.serve;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bare HTTP/1.1 client on a socket, bounded by timeouts: it sends request paths exactly as
 * written (a browser or {@code HttpClient} would normalize {@code ..} away before sending).
 */
final class Http {

    static final int TIMEOUT_MILLIS = 10_000;

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private Http() {
    }

    static Response get(URI base, String rawPath) throws IOException {
        return request(base, "GET", rawPath);
    }

    static Response request(URI base, String method, String rawPath) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] all = s.getInputStream().readAllBytes();
            return parse(all, method.equals("HEAD"));
        }
    }

    private static Response parse(byte[] all, boolean head) {
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (!head && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Response(status, headers, rest);
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = indexOf(body, i);
            int size = Integer.parseInt(new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    /** An open {@code /__reload} stream: its events as they come, each read bounded by a timeout. */
    static final class EventStream implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;

        EventStream(URI base) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(("GET /__reload HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream raw = socket.getInputStream();
            String status = rawLine(raw);
            if (!status.contains(" 200")) {
                throw new AssertionError("event stream refused: " + status);
            }
            boolean chunked = false;
            for (String h = rawLine(raw); !h.isEmpty(); h = rawLine(raw)) {
                chunked |= h.toLowerCase(Locale.ROOT).matches("transfer-encoding:\\s*chunked");
            }
            in = new BufferedReader(new InputStreamReader(chunked ? new Dechunk(raw) : raw, StandardCharsets.UTF_8));
        }

        /** The next event of this name (its data lines joined), skipping others; fails after the timeout. */
        Event next(String name) throws IOException {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            String event = "";
            List<String> data = new ArrayList<>();
            while (System.currentTimeMillis() < deadline) {
                String line;
                try {
                    line = in.readLine();
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (line == null) {
                    throw new AssertionError("event stream closed while waiting for '" + name + "'");
                }
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                } else if (line.isEmpty() && !event.isEmpty()) {
                    if (event.equals(name)) {
                        return new Event(event, String.join("\n", data));
                    }
                    event = "";
                    data.clear();
                }
            }
            throw new AssertionError("no '" + name + "' event within " + TIMEOUT_MILLIS + " ms");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    record Event(String name, String data) {
    }

    /** One header line, without its CRLF. */
    private static String rawLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new AssertionError("connection closed in the headers");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The body of a chunked response as one stream. */
    private static final class Dechunk extends InputStream {
        private final InputStream in;
        private int left;

        Dechunk(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                String size = rawLine(in);
                if (size.isEmpty()) {
                    size = rawLine(in);
                }
                left = Integer.parseInt(size.trim(), 16);
                if (left == 0) {
                    return -1;
                }
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
