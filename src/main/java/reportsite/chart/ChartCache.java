package reportsite.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import reportsite.image.PngEncoder;

/**
 * Keeps rendered chart images between builds, keyed by a hash of everything drawn (the
 * declaration, the figures, labels, colours and this renderer's version), so a chart is drawn
 * again only when something it shows changed. A damaged or missing entry is simply redrawn.
 */
public final class ChartCache implements ChartStore {

    /**
     * The drawing code itself is part of the key: the bytes of the classes that draw and encode,
     * so that images made by an older version of the program are never reused.
     */
    static final byte[] RENDERER_VERSION = codeDigest(ChartRenderer.class, PngEncoder.class, ChartTheme.class,
            ChartRenderer.class.getName() + "$QualifiedBarRenderer", ChartRenderer.class.getName() + "$QualifiedLineRenderer");

    private static byte[] codeDigest(Object... classes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object c : classes) {
                String name = c instanceof Class<?> k ? k.getName() : (String) c;
                try (var in = ChartCache.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
    private static final String[] VARIANTS = {"1x", "2x", "dark1x", "dark2x"};
    private static final java.util.regex.Pattern POSITION =
            java.util.regex.Pattern.compile("position=[^\\]]*");

    private final Path dir;

    public ChartCache(Path dir) {
        this.dir = dir;
    }

    public static String key(ChartData data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(RENDERER_VERSION);
            // Where a figure was declared (file, line, column) is not drawn: leave it out, so
            // that moving the project or editing lines above a figure does not redraw the chart.
            sha.update(POSITION.matcher(data.toString()).replaceAll("position=").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<ChartImage> load(String key, String id) {
        try {
            byte[][] parts = new byte[4][];
            for (int i = 0; i < 4; i++) {
                Path p = dir.resolve(key + "-" + VARIANTS[i] + ".png");
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                parts[i] = Files.readAllBytes(p);
            }
            return Optional.of(new ChartImage(id, parts[0], parts[1], parts[2], parts[3], ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(String key, ChartImage img) {
        byte[][] parts = {img.png1x(), img.png2x(), img.dark1x(), img.dark2x()};
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < 4; i++) {
                // Write then rename, so that a killed build never leaves a half-written entry.
                Path tmp = Files.createTempFile(dir, key, ".tmp");
                Files.write(tmp, parts[i]);
                Files.move(tmp, dir.resolve(key + "-" + VARIANTS[i] + ".png"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache only saves time; a build without it is still correct.
        }
    }
}
