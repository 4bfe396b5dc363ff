package reportsite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the raw path of a request to a file inside the served folder, or refuses it. A path is
 * refused (400) when it is not plainly a path below the root in any encoding: encoded slashes or
 * backslashes, NUL or other control characters, malformed percent-encoding or UTF-8, {@code .}
 * and {@code ..} segments, empty segments (which would make an absolute path), drive letters.
 * What is left is resolved, normalized and required to stay inside the root, also after
 * following symbolic links (404 otherwise).
 */
final class RequestPath {

    /** What a request path names. */
    sealed interface Result {
    }

    /** A regular file inside the root. */
    record Found(Path file) implements Result {
    }

    /** A well-formed path naming nothing inside the root. */
    record NotFound() implements Result {
    }

    /** A path that is malformed or tries to leave the root. */
    record Refused(String why) implements Result {
    }

    private RequestPath() {
    }

    /**
     * @param root the served folder, absolute and normalized
     * @param rawPath the path of the request URI, still percent-encoded
     */
    static Result resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Refused("not an absolute path");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return new Refused("encoded slash, backslash or NUL");
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return new Refused("malformed percent-encoding or UTF-8");
        }
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                return new Refused("control character, backslash or colon");
            }
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) {
                return new Refused("dot segment");
            }
            if (s.isEmpty() && i < segments.length - 1) {
                return new Refused("empty segment");
            }
        }
        String relative = path.substring(1);
        Path target;
        try {
            target = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return new Refused("not a file name");
        }
        if (!target.startsWith(root)) {
            return new Refused("outside the served folder");
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return new NotFound();
        }
        try {
            // A symbolic link inside the folder must not lead out of it.
            Path real = target.toRealPath();
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new NotFound();
            }
            return new Found(real);
        } catch (IOException e) {
            return new NotFound();
        }
    }

    /** Strict percent-decoding as UTF-8 ('+' stays '+': this is a path, not a form). */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int cp = raw.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
