package reportsite.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;

/** Reads the content folder: Markdown pages, the one metrics file and the CSV files of figures. */
public final class SourceReader {

    /** The name of the data file inside the content folder. */
    public static final String METRICS_FILE = "metrics.yaml";
    /** Larger inputs are refused: they are mistakes, and they would make the build slow. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    public static final int MAX_PAGES = 50_000;

    private SourceReader() {
    }

    public static InputFiles read(Path contentDir, Diagnostics diagnostics) {
        return read(contentDir, diagnostics, MAX_PAGES);
    }

    /** As {@link #read(Path, Diagnostics)}, with another page limit (for tests). */
    static InputFiles read(Path contentDir, Diagnostics diagnostics, int maxPages) {
        String root = display(contentDir);
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(Position.ofFile(root), "content folder not found",
                    "run from the project folder, or pass --content DIR", "");
            return new InputFiles(List.of(), Optional.empty());
        }
        List<Path> markdown = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        try {
            // The walk stops at the first page over the limit: a folder of millions of files is not listed whole.
            FolderFiles.list(contentDir, p -> p.getFileName().toString().endsWith(".md") || p.getFileName().toString().endsWith(".csv"),
                    maxPages + 1L).forEach(p -> (p.getFileName().toString().endsWith(".md") ? markdown : csv).add(p));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.ofFile(root), "cannot list the content folder: " + e.getMessage(), "", "");
        }
        if (markdown.size() > maxPages) {
            diagnostics.error(Position.ofFile(root), "too many pages: more than " + maxPages,
                    "split the report into several sites", "");
            return new InputFiles(List.of(), Optional.empty());
        }
        List<SourceFile> pages = new ArrayList<>();
        for (Path p : markdown) {
            readFile(contentDir, p, diagnostics).ifPresent(pages::add);
        }
        pages.sort((a, b) -> a.relative().compareTo(b.relative()));
        Path metricsPath = contentDir.resolve(METRICS_FILE);
        Optional<SourceFile> metrics = Files.isRegularFile(metricsPath)
                ? readFile(contentDir, metricsPath, diagnostics) : Optional.empty();
        // The CSV files are read with the rest, so that they are part of what the data is made from
        // (and of its cache key); the metrics file names those it uses.
        java.util.SortedMap<String, SourceFile> tables = new java.util.TreeMap<>();
        for (Path p : csv) {
            readFile(contentDir, p, diagnostics).ifPresent(f -> tables.put(f.relative(), f));
        }
        return new InputFiles(List.copyOf(pages), metrics, java.util.Collections.unmodifiableSortedMap(tables));
    }

    /** Reads one file strictly as UTF-8; reports undecodable bytes at their line and column. */
    public static Optional<SourceFile> readFile(Path root, Path file, Diagnostics diagnostics) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String display = display(root.resolve(relative));
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(Position.ofFile(display), "file too large: " + size + " bytes (the limit is "
                        + MAX_FILE_BYTES + ")", "split it into smaller files", "");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(display, bytes, diagnostics)
                    .map(text -> new SourceFile(relative, display, file, text));
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(display), "cannot read file: " + e.getMessage(), "", "");
            return Optional.empty();
        }
    }

    static Optional<String> decode(String display, byte[] bytes, Diagnostics diagnostics) {
        // The lenient decoder writes U+FFFD for each byte it cannot decode, and runs on the JVM's
        // fast path; only a text with U+FFFD in it (a bad byte, or the character itself) needs
        // the strict one, to say where.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return checked(display, lenient, diagnostics);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // The decoder stops with the input at the first byte it cannot decode.
            int bad = in.position();
            String before = out.toString().replace("\r\n", "\n").replace('\r', '\n');
            SourceText st = new SourceText(display, before);
            Position at = st.atOffset(before.length());
            diagnostics.error(at, "invalid UTF-8 byte 0x" + String.format("%02X", bytes[bad] & 0xFF),
                    "save the file as UTF-8", st.line(at.line()));
            return Optional.empty();
        }
        return checked(display, out.toString(), diagnostics);
    }

    /** A decoded text without its byte-order mark, with Unix line ends, and refused if it holds a NUL. */
    private static Optional<String> checked(String display, String decoded, Diagnostics diagnostics) {
        String text = decoded;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            SourceText st = new SourceText(display, text);
            diagnostics.error(st, st.atOffset(nul), "NUL byte in a text file",
                    "this looks like a binary file; keep only text files in the content folder");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
