package reportsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;
import reportsite.build.SiteBuilder;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;

/**
 * Kills a real build process (as a power cut or Ctrl-C would) over an output folder holding an
 * older complete site: at its start, while it writes its staging folder, and in the middle of
 * the swap. After {@link SitePublisher#recover}, which every build runs first, the folder must
 * hold exactly the old site or exactly the new one: never a mixture, never nothing.
 *
 * <p>The kills are aimed by what the build has written, not by a clock, and the test asserts
 * only outcomes: which of the two sites a kill leaves depends on how busy the machine is, so
 * it is logged, not asserted.
 */
@Tag("slow")
class InterruptedBuildTest {

    /** Enough pages that writing the staging folder takes a while, so a kill can land in it. */
    private static final int PAGES = 100;
    private static final long SEED = 20251128L;

    @TempDir
    Path tmp;

    /** When a trial kills its build: once it has started, or a few (seeded) ms after a folder appears. */
    private record Kill(String when, String folder, int upToMs) {
    }

    @Test
    void aKilledBuildLeavesEitherTheOldOrTheNewSite() throws Exception {
        Path oldContent = writeContent(tmp.resolve("old"), "old", 0);
        Path newContent = writeContent(tmp.resolve("new"), "new", 1);
        Path out = tmp.resolve("site");
        // The old site, as a complete earlier build left it; kept aside to restore it.
        new SiteBuilder(config(oldContent, out)).build();
        Map<String, String> oldSite = hashes(out);
        Path oldCopy = tmp.resolve("old-site");
        PathUtils.copyDirectory(out, oldCopy);
        assertTrue(oldSite.size() > PAGES, "the old site has every page: " + oldSite.size());
        // The new site, which also fills the caches the trials' builds use.
        new SiteBuilder(config(newContent, out)).build();
        Map<String, String> newSite = hashes(out);
        assertNotEquals(oldSite.keySet(), newSite.keySet(), "the two sites differ in their files, not only their bytes");

        Path staging = out.resolveSibling(".site.staging");
        Path swapping = out.resolveSibling(".site.old");
        List<Kill> kills = List.of(new Kill("at start", null, 0), new Kill("while writing", staging.toString(), 10),
                new Kill("in the swap", swapping.toString(), 2), new Kill("never (runs to the end)", null, -1));
        Random random = new Random(SEED);
        List<String> log = new ArrayList<>();
        for (Kill kill : kills) {
            restore(out, oldCopy);
            Path trialLog = tmp.resolve("trial-" + log.size() + ".log");
            Process p = start(newContent, out, trialLog);
            boolean finished;
            if (kill.upToMs() < 0) {
                finished = p.waitFor(HANG_GUARD_S, TimeUnit.SECONDS);
                assertTrue(finished, "the build ends");
                assertEquals(0, p.exitValue(), Files.readString(trialLog));
            } else {
                if (kill.folder() != null) {
                    waitFor(p, Path.of(kill.folder()));
                }
                finished = p.waitFor(kill.upToMs() == 0 ? 0 : random.nextInt(kill.upToMs() + 1), TimeUnit.MILLISECONDS);
                p.destroyForcibly();
                p.waitFor(HANG_GUARD_S, TimeUnit.SECONDS);
            }

            SitePublisher.recover(out);

            Map<String, String> now = hashes(out);
            boolean isOld = now.equals(oldSite);
            boolean isNew = now.equals(newSite);
            log.add("killed " + kill.when() + (finished ? " (already done)" : "") + " -> " + (isOld ? "old" : isNew ? "new" : "MIXED"));
            assertTrue(isOld || isNew, "after a kill " + kill.when() + " the output is neither site:\n" + String.join("\n", log)
                    + "\n" + difference(now, oldSite, newSite));
            assertFalse(Files.exists(staging) || Files.exists(swapping), "recovery leaves no staging or old folder behind");
            assertTrue(kill.upToMs() >= 0 || isNew, "a build left alone publishes the new site, as the build in this process did");
        }
        System.out.println("InterruptedBuildTest:\n" + String.join("\n", log));
    }

    /** A safety net for a build or a wait that never ends, not a speed limit. */
    private static final long HANG_GUARD_S = 120;

    /** Waits until the build has made {@code folder}, or has ended without one (a quick build on an idle machine). */
    private static void waitFor(Process p, Path folder) throws InterruptedException {
        long start = System.nanoTime();
        while (p.isAlive() && !Files.exists(folder) && System.nanoTime() - start < HANG_GUARD_S * 1_000_000_000L) {
            Thread.sleep(1);
        }
    }

    /** Puts the old site back, as a complete earlier build left it. */
    private static void restore(Path out, Path copy) throws IOException {
        for (Path p : new Path[] {out, out.resolveSibling(".site.staging"), out.resolveSibling(".site.old")}) {
            if (Files.exists(p)) {
                PathUtils.deleteDirectory(p);
            }
        }
        PathUtils.copyDirectory(copy, out);
    }

    private static Process start(Path content, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "reportsite.cli.Main", "build",
                "--content", content.toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--out", out.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    private static BuildConfig config(Path content, Path out) {
        return new BuildConfig(content, Path.of("templates"), out, false, false, false);
    }

    /** A site with {@code PAGES} pages in a sub-folder (kept out of the menu); {@code shift} renames them. */
    private static Path writeContent(Path root, String version, int shift) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("metrics.yaml"), MiniData.BASE);
        Files.writeString(content.resolve("index.md"), MiniSite.INDEX + "\nThis is the " + version + " site.\n");
        for (int i = shift; i < PAGES + shift; i++) {
            Files.writeString(content.resolve("pages").resolve(String.format("p%03d.md", i)), """
                    ---
                    title: Page %d (%s)
                    ---
                    ## Spending

                    Acme spent {{ acme.capex@FY2026-Q1 }} [1], Globex {{ globex.capex@2025-Q2 }} [2]; the %s site.

                    | a | b |
                    |---|---|
                    | %d | %s |
                    """.formatted(i, version, version, i, version));
        }
        return content;
    }

    private static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            MiniSite.tree(dir).forEach((k, v) -> out.put(k, HexFormat.of().formatHex(sha.digest(v))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String difference(Map<String, String> now, Map<String, String> oldSite, Map<String, String> newSite) {
        long fromOld = now.entrySet().stream().filter(e -> e.getValue().equals(oldSite.get(e.getKey()))).count();
        long fromNew = now.entrySet().stream().filter(e -> e.getValue().equals(newSite.get(e.getKey()))).count();
        return now.size() + " files: " + fromOld + " as in the old site, " + fromNew + " as in the new site";
    }
}
