package reportsite.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

class SourceReaderTest {

    @TempDir
    Path root;

    private Optional<SourceFile> read(String name, byte[] bytes, Diagnostics diagnostics) throws IOException {
        Path file = root.resolve(name);
        Files.write(file, bytes);
        return SourceReader.readFile(root, file, diagnostics);
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private Diagnostic onlyError(Diagnostics d) {
        List<Diagnostic> errors = d.errors();
        assertEquals(1, errors.size(), () -> errors.toString());
        return errors.get(0);
    }

    private String display(String name) {
        return SourceReader.display(root.resolve(name));
    }

    @Test
    void dropsTheByteOrderMark() throws IOException {
        Diagnostics d = new Diagnostics();
        SourceFile f = read("a.md", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\ntitle: x\n"), d).orElseThrow();
        assertEquals("---\ntitle: x\n", f.text());
        assertEquals("a.md", f.relative());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void normalisesLineEnds() throws IOException {
        Diagnostics d = new Diagnostics();
        SourceFile f = read("a.md", bytes("one\r\ntwo\rthree\nfour\r\n"), d).orElseThrow();
        assertEquals("one\ntwo\nthree\nfour\n", f.text());
    }

    @Test
    void reportsInvalidUtf8AtItsLineAndColumn() throws IOException {
        Diagnostics d = new Diagnostics();
        Optional<SourceFile> f = read("bad.md", bytes("first line\r\nsé", new byte[] {(byte) 0xFF}, "x\n"), d);
        assertEquals(Optional.empty(), f);
        Diagnostic e = onlyError(d);
        assertEquals("invalid UTF-8 byte 0xFF", e.message());
        assertEquals(new Position(display("bad.md"), 2, 3), e.position(), "columns count characters, not bytes");
        assertEquals("sé", e.sourceLine());
    }

    @Test
    void reportsATruncatedSequenceAtItsStart() throws IOException {
        Diagnostics d = new Diagnostics();
        read("cut.md", bytes("ab", new byte[] {(byte) 0xE2, (byte) 0x82}), d);
        Diagnostic e = onlyError(d);
        assertEquals("invalid UTF-8 byte 0xE2", e.message());
        assertEquals(new Position(display("cut.md"), 1, 3), e.position());
    }

    @Test
    void reportsAnEncodedSurrogateWhereItIs() throws IOException {
        // ED A0 80 is the UTF-8 form of a lone surrogate: well-formed bytes, but not valid UTF-8.
        Diagnostics d = new Diagnostics();
        read("sur.md", bytes("ok\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "tail text\n"), d);
        Diagnostic e = onlyError(d);
        assertEquals("invalid UTF-8 byte 0xED", e.message());
        assertEquals(new Position(display("sur.md"), 2, 1), e.position());
    }

    @Test
    void readsAReplacementCharacterWrittenInTheFile() throws IOException {
        // U+FFFD is what the lenient decoder writes for a bad byte; written by the author, it is text
        Diagnostics d = new Diagnostics();
        SourceFile f = read("r.md", bytes("a \uFFFD b\n"), d).orElseThrow();
        assertEquals("a \uFFFD b\n", f.text());
        assertTrue(d.all().isEmpty(), () -> d.all().toString());
    }

    /** The lenient decode taken when it wrote no U+FFFD accepts exactly what the strict decoder accepts, with the same text. */
    @Test
    void decodesAsTheStrictDecoderDoesOnRandomBytes() {
        java.util.Random random = new java.util.Random(28);
        byte[] alphabet = bytes("a\n\r\uFEFF\u00e9\u4e2d\uFFFD\uD83D\uDE00", new byte[] {(byte) 0xFF, (byte) 0xC0, (byte) 0xED, (byte) 0xA0});
        for (int round = 0; round < 5000; round++) {
            byte[] input = new byte[random.nextInt(12)];
            for (int i = 0; i < input.length; i++) {
                input[i] = alphabet[random.nextInt(alphabet.length)];
            }
            Optional<String> strict = strictlyDecoded(input);
            Diagnostics d = new Diagnostics();
            Optional<String> read = SourceReader.decode("x.md", input, d);
            String at = java.util.HexFormat.ofDelimiter(" ").formatHex(input);
            if (strict.isEmpty()) {
                assertEquals(Optional.empty(), read, at);
                assertTrue(onlyError(d).message().startsWith("invalid UTF-8 byte"), at);
            } else {
                String t = strict.get();
                assertEquals(Optional.of((t.startsWith("\uFEFF") ? t.substring(1) : t).replace("\r\n", "\n").replace('\r', '\n')), read, at);
            }
        }
    }

    private static Optional<String> strictlyDecoded(byte[] input) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Test
    void reportsANulByte() throws IOException {
        Diagnostics d = new Diagnostics();
        Optional<SourceFile> f = read("nul.md", bytes("line one\nab\0cd\n"), d);
        assertEquals(Optional.empty(), f);
        Diagnostic e = onlyError(d);
        assertEquals("NUL byte in a text file", e.message());
        assertEquals(new Position(display("nul.md"), 2, 3), e.position());
    }

    @Test
    void refusesAFileTooLarge() throws IOException {
        Diagnostics d = new Diagnostics();
        byte[] big = new byte[(int) SourceReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(Optional.empty(), read("big.md", big, d));
        Diagnostic e = onlyError(d);
        assertTrue(e.message().startsWith("file too large: 4194305 bytes"), e.message());
        assertEquals(Position.ofFile(display("big.md")), e.position());
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        Diagnostics d = new Diagnostics();
        byte[] max = new byte[(int) SourceReader.MAX_FILE_BYTES];
        java.util.Arrays.fill(max, (byte) 'a');
        assertTrue(read("max.md", max, d).isPresent());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void readsPagesSortedAndTheMetricsFile() throws IOException {
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("z.md"), "z");
        Files.writeString(root.resolve("b/a.md"), "ba");
        Files.writeString(root.resolve("a.md"), "a");
        Files.writeString(root.resolve("notes.txt"), "ignored");
        Files.writeString(root.resolve("metrics.yaml"), "site: {}\n");
        Diagnostics d = new Diagnostics();
        InputFiles in = SourceReader.read(root, d);
        assertEquals(List.of("a.md", "b/a.md", "z.md"), in.pages().stream().map(SourceFile::relative).toList());
        assertEquals("site: {}\n", in.metrics().orElseThrow().text());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void reportsAMissingContentFolder() {
        Diagnostics d = new Diagnostics();
        SourceReader.read(root.resolve("nope"), d);
        assertEquals("content folder not found", onlyError(d).message());
    }
}
