package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import reportsite.chart.ChartCache;
import reportsite.chart.ChartData;
import reportsite.chart.ChartImage;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartStore;
import reportsite.content.MarkdownRenderer;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.publish.LinkChecker;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;
import reportsite.updates.FigureSnapshot;

/**
 * What one process keeps in memory from a build to the next: the development server's
 * rebuilds, and the second run of a build that records a data update. Every entry is keyed by
 * all it is made from (the text of the metrics file, the hash of the templates, the hash of a
 * chart's data, the page key of {@link PageStage}), so a build that takes from here writes the
 * same bytes as one that does not. Only what the last build used is kept.
 */
public final class WarmCache {

    /** A loaded metrics file and the messages its loading gave, which are given again on reuse. */
    private record Loaded(String key, Dataset data, List<Diagnostic> messages) {
    }

    private Loaded loaded;
    private MarkdownRenderer markdown;
    private MarkdownRenderer safeMarkdown;
    private String templatesKey;
    private TemplateEngine engine;
    private Dataset plannedFrom;
    private Map<String, ChartData> plans;
    private final Map<ChartData, String> keys = new IdentityHashMap<>();
    private final Map<String, ChartImage> images = new HashMap<>();
    private Map<String, PageCache.Entry> pages = Map.of();
    private String generatedKey;
    private Generated generated;
    private Map<String, byte[]> generatedPages = new HashMap<>();
    private Map<String, byte[]> nextGeneratedPages = new HashMap<>();
    private final LinkChecker.Scans scans = new LinkChecker.Scans();
    private Path snapshotFile;
    private FigureSnapshot snapshot;
    /** The files in the output folder as this process last published them; empty before the first. */
    private Map<String, byte[]> published = Map.of();
    private Map<byte[], String> hashes = new IdentityHashMap<>();

    /** The pages made from the data, with the models they show (for the data change report). */
    record Generated(Map<String, byte[]> files, Map<String, String> shown) {
    }

    /** The Markdown renderer, with the pages it rendered, for the next build to reuse. */
    synchronized MarkdownRenderer markdown(boolean safe) {
        MarkdownRenderer r = safe ? safeMarkdown : markdown;
        if (r == null) {
            r = new MarkdownRenderer(safe);
            if (safe) {
                safeMarkdown = r;
            } else {
                markdown = r;
            }
        }
        return r;
    }

    /** The dataset of {@code metrics}, loaded again only when its text changed. */
    synchronized Dataset data(Optional<SourceFile> metrics, Diagnostics diagnostics) {
        String key = metrics.map(f -> f.display() + "\u0000" + f.text()).orElse("");
        if (loaded == null || !loaded.key().equals(key)) {
            Diagnostics own = new Diagnostics();
            Dataset data = metrics.map(f -> MetricsLoader.load(f, own)).orElse(Dataset.empty());
            own.all().forEach(diagnostics::add);
            if (own.hasErrors()) {
                loaded = null;
                return data;
            }
            loaded = new Loaded(key, data, own.all());
            return data;
        }
        loaded.messages().forEach(diagnostics::add);
        return loaded.data();
    }

    /** What each chart of {@code data} shows, by chart id, in declaration order. */
    synchronized Map<String, ChartData> plans(Dataset data) {
        if (data != plannedFrom) {
            plannedFrom = data;
            plans = new ChartPlanner(data).planAll();
            keys.clear();
        }
        return plans;
    }

    /** The template engine, made again when any file under the templates folder changed. */
    synchronized TemplateEngine engine(Path templates, String treeHash) {
        if (engine == null || !treeHash.equals(templatesKey)) {
            try {
                engine = new TemplateEngine(templates);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            templatesKey = treeHash;
        }
        return engine;
    }

    /** The cache key of a chart's images; plans are reused while the data is unchanged, so their keys are too. */
    synchronized String chartKey(ChartData data) {
        return keys.computeIfAbsent(data, ChartCache::key);
    }

    /** Chart images in memory, in front of {@code disk} (absent with --clean). */
    ChartStore charts(Optional<? extends ChartStore> disk) {
        return new ChartStore() {
            @Override
            public String keyOf(ChartData data) {
                return chartKey(data);
            }

            @Override
            public Optional<ChartImage> load(String key, String id) {
                synchronized (WarmCache.this) {
                    ChartImage img = images.get(key);
                    if (img != null && img.id().equals(id)) {
                        return Optional.of(img);
                    }
                }
                Optional<ChartImage> found = disk.flatMap(d -> d.load(key, id));
                found.ifPresent(img -> keepImage(key, img));
                return found;
            }

            @Override
            public void store(String key, ChartImage image) {
                keepImage(key, image);
                disk.ifPresent(d -> d.store(key, image));
            }
        };
    }

    private synchronized void keepImage(String key, ChartImage image) {
        images.put(key, image);
    }

    /** Forgets the images of charts no longer drawn. */
    synchronized void keepImagesOf(Set<String> keys) {
        images.keySet().retainAll(keys);
    }

    synchronized Optional<PageCache.Entry> page(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    synchronized void keepPages(Map<String, PageCache.Entry> byKey) {
        pages = Map.copyOf(byKey);
    }

    synchronized Optional<Generated> generated(String key) {
        return key.equals(generatedKey) ? Optional.of(generated) : Optional.empty();
    }

    synchronized void keepGenerated(String key, Generated pages) {
        generatedKey = key;
        generated = pages;
        // Of the single pages, those of this build are kept.
        generatedPages = nextGeneratedPages;
        nextGeneratedPages = new HashMap<>();
    }

    /** Before the generated pages of a build are rendered: what an earlier build did not keep is dropped. */
    synchronized void startGenerated() {
        nextGeneratedPages = new HashMap<>();
    }

    /**
     * One generated page by {@code key}, rendered when the last build that kept its pages did not
     * have it. A page rendered with messages (null, or with a message in the build) is not kept
     * either: the build does not keep the set then.
     */
    byte[] generatedPage(String key, Supplier<byte[]> render) {
        byte[] html;
        synchronized (this) {
            html = generatedPages.get(key);
        }
        if (html == null) {
            html = render.get();
        }
        if (html != null) {
            synchronized (this) {
                nextGeneratedPages.put(key, html);
            }
        }
        return html;
    }

    LinkChecker.Scans scans() {
        return scans;
    }

    /** The figure snapshot this process last wrote to {@code file}, if it wrote one. */
    synchronized Optional<FigureSnapshot> snapshot(Path file) {
        return file.equals(snapshotFile) ? Optional.of(snapshot) : Optional.empty();
    }

    synchronized void snapshot(Path file, FigureSnapshot written) {
        snapshotFile = file;
        snapshot = written;
    }

    synchronized Map<String, byte[]> published() {
        return published;
    }

    synchronized void published(Map<String, byte[]> files) {
        published = Map.copyOf(files);
        Map<byte[], String> kept = new IdentityHashMap<>();
        files.values().forEach(b -> {
            String h = hashes.get(b);
            if (h != null) {
                kept.put(b, h);
            }
        });
        hashes = kept;
    }

    /** The SHA-256 of an output file's bytes, computed once for bytes reused from build to build. */
    synchronized String sha256(byte[] bytes) {
        return hashes.computeIfAbsent(bytes, Fingerprints::sha256);
    }
}
