package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import reportsite.config.BuildConfig;

/**
 * SHA-256 hashes of what a build's output depends on: the input folders, the options that
 * change the output, and the generator itself (its jar, or its classes, and the Java version,
 * which can change how charts are drawn). A cache entry is reused only when all of these are equal.
 */
final class Fingerprints {

    /** Bump when the layout of the cache files changes. */
    private static final String CACHE_FORMAT = "1";

    private Fingerprints() {
    }

    static String sha256(String... parts) {
        MessageDigest sha = digest();
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything a whole build depends on: generator, options, every input file. */
    static String inputs(BuildConfig config) {
        return sha256(generator(), options(config), tree(config.content()), tree(config.templates()));
    }

    static String options(BuildConfig config) {
        return "drafts=" + config.drafts() + " safe=" + config.safe() + " base=" + config.baseUrl().orElse("");
    }

    /** Every file below {@code dir}: relative paths and contents, in sorted order. */
    static String tree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        MessageDigest sha = digest();
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

    /** This generator: a hash of its jar or class folder, computed once per process. */
    static String generator() {
        return Generator.HASH;
    }

    private static final class Generator {
        static final String HASH = compute();

        private static String compute() {
            try {
                Path code = Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                // A jar is replaced whole when the generator is rebuilt: its size and time tell it
                // apart at once, where hashing its megabytes would cost more than a skipped build.
                String code256 = Files.isRegularFile(code)
                        ? sha256(code.toAbsolutePath().toString(), String.valueOf(Files.size(code)),
                                String.valueOf(Files.getLastModifiedTime(code).toMillis()))
                        : tree(code);
                return sha256(CACHE_FORMAT, System.getProperty("java.version", ""), code256);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unknown code: a hash no later run shares, so that nothing cached is reused.
                return UUID.randomUUID().toString();
            }
        }
    }
}
