package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A hash of every file below a folder: relative paths and contents, in sorted order. */
final class Trees {

    private Trees() {
    }

    static String hash(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path p : files) {
                byte[] name = dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Files.readAllBytes(p);
                sha.update((name.length + ":" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(name);
                sha.update(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
