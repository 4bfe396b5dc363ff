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
 * Kills a real build process (as a power cut or Ctrl-C would) at seeded random moments spread
 * over the whole build, over an output folder holding an older complete site. After
 * {@link SitePublisher#recover}, which every build runs first, the folder must hold exactly the
 * old site or exactly the new one: never a mixture, never nothing.
 */
@Tag("slow")
class InterruptedBuildTest {

    private static final int PAGES = 300;
    /** Kills spread over the whole build, and kills aimed at the publishing step at its end. */
    private static final int SPREAD_TRIALS = 12;
    private static final int PUBLISH_TRIALS = 8;
    private static final long SEED = 20251128L;

    @TempDir
    Path tmp;

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

        // The new site, built to the end in a process of its own: how long it takes, when it starts
        // writing the staging folder, and when it swaps the folders.
        probe(newContent, out);
        Map<String, String> newSite = hashes(out);
        // Timed again from the old site, as the trials run: the first run filled the caches they use.
        restore(out, oldCopy);
        Probe probe = probe(newContent, out);
        assertEquals(newSite, hashes(out), "the same build gives the same site");
        assertNotEquals(oldSite.keySet(), newSite.keySet(), "the two sites differ in their files, not only their bytes");
        long full = probe.total();
        long writing = Math.max(20, probe.swapping() - probe.writing());

        Random random = new Random(SEED);
        int sawOld = 0;
        int sawNew = 0;
        List<String> log = new ArrayList<>();
        for (int trial = 0; trial < SPREAD_TRIALS + PUBLISH_TRIALS; trial++) {
            restore(out, oldCopy);
            Process p = start(newContent, out, tmp.resolve("trial-" + trial + ".log"));
            long delay;
            String when = "";
            boolean finished;
            if (trial < SPREAD_TRIALS) {
                // Stratified: trial i is killed somewhere in the i-th slice of 0 .. 1.1 × the build time.
                delay = (long) (full * 1.1 * (trial + random.nextDouble()) / SPREAD_TRIALS);
                finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            } else {
                // Aimed at publishing: half the trials while the staging folder is written, half
                // just after the swap began (while the old site is deleted), each stratified.
                int k = trial - SPREAD_TRIALS;
                int half = PUBLISH_TRIALS / 2;
                boolean writingPhase = k < half;
                long started = System.nanoTime();
                waitFor(p, out.resolveSibling(writingPhase ? ".site.staging" : ".site.old"));
                long after = writingPhase ? (long) (writing * 1.2 * (k + random.nextDouble()) / half)
                        : (long) (10 * (k - half + random.nextDouble()) / (PUBLISH_TRIALS - half));
                finished = p.waitFor(after, TimeUnit.MILLISECONDS);
                delay = (System.nanoTime() - started) / 1_000_000;
                when = ", " + after + " ms after it began " + (writingPhase ? "writing" : "the swap");
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);

            SitePublisher.recover(out);

            Map<String, String> now = hashes(out);
            boolean isOld = now.equals(oldSite);
            boolean isNew = now.equals(newSite);
            log.add("trial " + trial + ": killed at " + delay + " ms" + when + (finished ? " (already done)" : "") + " -> "
                    + (isOld ? "old" : isNew ? "new" : "MIXED"));
            assertTrue(isOld || isNew, "after a kill at " + delay + " ms the output is neither site:\n" + String.join("\n", log)
                    + "\n" + difference(now, oldSite, newSite));
            assertFalse(Files.exists(out.resolveSibling(".site.staging")) || Files.exists(out.resolveSibling(".site.old")),
                    "recovery leaves no staging or old folder behind");
            sawOld += isOld ? 1 : 0;
            sawNew += isNew ? 1 : 0;
        }
        System.out.println("InterruptedBuildTest: " + probe + "; " 
                + sawOld + " old, " + sawNew + " new\n" + String.join("\n", log));
        assertTrue(sawOld > 0, "an early kill leaves the old site");
        assertEquals(SPREAD_TRIALS + PUBLISH_TRIALS, sawOld + sawNew);
    }

    private static void waitFor(Process p, Path folder) throws InterruptedException {
        long start = System.nanoTime();
        while (p.isAlive() && !Files.exists(folder) && System.nanoTime() - start < 60_000_000_000L) {
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

    /** When a build began writing its staging folder, began the swap, and ended, in ms from its start. */
    record Probe(long writing, long swapping, long total) {
    }

    private Probe probe(Path content, Path out) throws Exception {
        Path staging = out.resolveSibling(".site.staging");
        Path old = out.resolveSibling(".site.old");
        long start = System.nanoTime();
        Process p = start(content, out, tmp.resolve("probe.log"));
        long writing = -1;
        long swapping = -1;
        while (p.isAlive()) {
            long now = (System.nanoTime() - start) / 1_000_000;
            if (writing < 0 && Files.exists(staging)) {
                writing = now;
            }
            if (swapping < 0 && Files.exists(old)) {
                swapping = now;
            }
            assertTrue(now < 60_000, "the probe build finishes");
            Thread.sleep(1);
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("probe.log")));
        return new Probe(writing < 0 ? total : writing, swapping < 0 ? total : swapping, total);
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
