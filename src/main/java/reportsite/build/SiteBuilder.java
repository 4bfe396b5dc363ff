package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import reportsite.config.BuildConfig;
import reportsite.publish.OutputLock;
import reportsite.publish.SitePublisher;
import reportsite.updates.DataChanges;
import reportsite.updates.FigureSnapshot;

/**
 * The front door of the commands: {@link #build} runs the {@link Pipeline} and writes what it
 * made; {@link #check} runs it without writing anything. Around a build's run: the lock of the
 * output folder (one writer at a time), the up-to-date check before it (a build whose inputs and
 * output are as the last build left them is skipped), and after it, only when the whole run
 * succeeded, the writes: the site swapped in whole, and the state kept for the next build (the
 * figures, to report what changed, and what was published, for the up-to-date check), which lives
 * in the cache folder beside the output. The history of data updates is never written here: a
 * build to publish returns its new text, which {@code publish} writes after the push.
 */
public final class SiteBuilder {

    /** How a build's files reach the output folder. */
    public interface Publication {
        void publish(Path out, Map<String, byte[]> files) throws IOException;
    }

    private final BuildConfig config;
    private final BuildCache cache;
    private final String generator;
    private final Consumer<String> notices;

    /** A builder with the cache its options ask for: on disk, or none with {@code --clean}. */
    public SiteBuilder(BuildConfig config) {
        this(config, defaultCache(config));
    }

    public SiteBuilder(BuildConfig config, BuildCache cache) {
        this(config, cache, Generator.identity());
    }

    /** @param generator the identity of the code, part of every cache key (tests give another) */
    SiteBuilder(BuildConfig config, BuildCache cache, String generator) {
        this.config = config;
        this.cache = cache;
        this.generator = generator;
        this.notices = System.err::println;
    }

    public static BuildCache defaultCache(BuildConfig config) {
        return config.clean() ? BuildCache.none() : new DiskCache(config.cacheDir());
    }

    /** Builds the site and swaps it into the output folder whole. */
    public BuildResult build() {
        return build(SitePublisher::publish);
    }

    /** Builds the site and hands its files to {@code publication}; nothing is written unless the whole run succeeded. */
    public BuildResult build(Publication publication) {
        return build(publication, Optional.empty());
    }

    /**
     * Builds the site to publish it: the figures that changed since {@code published} (those of
     * the site readers see now) are recorded in the history of data updates, in memory, and the
     * site shows them. The history file is not written here: the result holds its new text, for
     * the caller to write once the site is published.
     *
     * @param published the figures of the published site; empty for a draft, which records nothing
     */
    public BuildResult build(Publication publication, Optional<FigureSnapshot> published) {
        return build(publication, published, Pipeline.Images.DRAWN);
    }

    /**
     * As {@link #build(Publication)}, but the chart images that no earlier build kept are left
     * for the next {@link #build(Publication)}: their bytes are empty, and their paths are the
     * result's {@link BuildResult#notDrawn}. The development server answers an edit this way,
     * so that a tab shows the edited pages without waiting for the images that changed. Such a
     * build is not complete: it keeps the figures for the next change report, but not the state
     * that would let the next build skip its work.
     */
    public BuildResult draft(Publication publication) {
        return build(publication, Optional.empty(), Pipeline.Images.KEPT);
    }

    private BuildResult build(Publication publication, Optional<FigureSnapshot> published, Pipeline.Images images) {
        long start = System.nanoTime();
        SitePublisher.checkOutput(config.out(), config.content(), config.templates());
        try (OutputLock lock = OutputLock.acquire(config.cacheDir().resolve("build.lock"), config.out(), notices)) {
            return buildLocked(publication, published, images, start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config.out() + ": " + e.getMessage(), e);
        }
    }

    private BuildResult buildLocked(Publication publication, Optional<FigureSnapshot> published, Pipeline.Images images, long start)
            throws IOException {
        Path stateFile = config.cacheDir().resolve(BuildState.FILE);
        // Hashed before reading, so that a file changed during the run makes the next build run again
        // (and not with --clean, which keeps no state for the next build).
        String inputs = config.clean() ? "" : inputsHash();
        // A build to publish runs whole, since what it records depends on the published figures too.
        if (!config.clean() && published.isEmpty()) {
            Optional<BuildState> state = BuildState.read(stateFile);
            Optional<Map<String, byte[]>> same = state.flatMap(s -> s.unchanged(inputs, config.out()));
            if (same.isPresent()) {
                BuildState s = state.get();
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new BuildResult(s.pages(), s.charts(), same.get(), s.warnings(), millis, Map.of("up to date", millis),
                        DataChanges.none(), DataChanges.none(), Optional.empty(), true, Set.of());
            }
        }
        Path snapshotFile = config.cacheDir().resolve(FigureSnapshot.FILE);
        Optional<String> lastFigures = FigureSnapshot.readText(snapshotFile);
        Site site = new Pipeline(config, cache, new Keys(generator), images, lastFigures, published).run();
        // The state describes the output as it was: gone until the new output is in place.
        Files.deleteIfExists(stateFile);
        boolean complete = site.notDrawn().isEmpty();
        publication.publish(config.out(), complete ? site.files() : withImagesShown(site));
        String figures = site.figures().text();
        if (!lastFigures.equals(Optional.of(figures))) {
            FigureSnapshot.write(snapshotFile, figures);
        }
        if (!complete) {
            // The build that draws the images follows, and writes the state.
            return result(site, start);
        }
        cache.keepOnlyUsed();
        // A site showing a history the content folder does not hold yet keeps no state: the next build runs.
        if (!config.clean() && site.history().isEmpty()) {
            BuildState.of(inputs, site).write(stateFile);
        }
        return result(site, start);
    }

    /** The site's files, each image not drawn yet as the output folder has it now (or left out where it has none). */
    private Map<String, byte[]> withImagesShown(Site site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(site.files());
        for (String path : site.notDrawn()) {
            Path shown = config.out().resolve(path);
            if (Files.isRegularFile(shown)) {
                files.put(path, Files.readAllBytes(shown));
            } else {
                files.remove(path);
            }
        }
        return files;
    }

    /** Validates the inputs and renders everything in memory, without drawing charts or writing anything. */
    public BuildResult check() {
        return check(Optional.empty());
    }

    /**
     * {@link #check}, recording the figures that changed since {@code published} in the history
     * of data updates as {@link #build(Publication, Optional)} does; the file is not written.
     */
    public BuildResult check(Optional<FigureSnapshot> published) {
        long start = System.nanoTime();
        Site site = new Pipeline(config, BuildCache.none(), new Keys(generator), Pipeline.Images.NONE, Optional.empty(), published).run();
        return result(site, start);
    }

    private static BuildResult result(Site site, long start) {
        return new BuildResult(site.pages(), site.charts(), site.files(), site.warnings(), (System.nanoTime() - start) / 1_000_000,
                site.stageMillis(), site.changes(), site.recorded(), site.history(), false, site.notDrawn());
    }

    /** Everything a whole build depends on: generator, options, every input file. */
    private String inputsHash() {
        return Keys.sha256(List.of(generator, Pipeline.options(config),
                Keys.tree(config.content()), Keys.tree(config.templates())));
    }
}
