package reportsite.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;

/** Reads the content folder: Markdown pages and the one metrics file. */
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
        try (Stream<Path> walk = Files.walk(contentDir)) {
            // The walk stops at the first page over the limit: a folder of millions of files is not listed whole.
            walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .limit(maxPages + 1L)
                    .forEach(markdown::add);
        } catch (IOException | java.io.UncheckedIOException e) {
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
        return new InputFiles(List.copyOf(pages), metrics);
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
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
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
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8).replace("\r\n", "\n");
            SourceText st = new SourceText(display, before);
            diagnostics.error(st.atOffset(before.length()), "invalid UTF-8 byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF), "save the file as UTF-8", st.line(st.atOffset(before.length()).line()));
            return Optional.empty();
        }
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            int second = b[i + Math.min(n, 1)] & 0xFF;
            // Overlong forms (E0 80-9F, F0 80-8F), surrogates (ED A0-BF) and code points above
            // U+10FFFF (F4 90-BF) are not UTF-8 either.
            if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90)
                    || (c == 0xF4 && second > 0x8F)) {
                return i;
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    public static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
