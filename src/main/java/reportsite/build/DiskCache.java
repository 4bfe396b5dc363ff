package reportsite.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values kept in files between builds: one file per value, named by its key, in a folder per
 * kind. Kinds without a codec are not kept. A file is written whole or not at all (a temporary
 * file renamed), so a killed build never leaves half an entry; an entry that cannot be read is
 * made again.
 */
public final class DiskCache implements BuildCache {

    private static final String SUFFIX = ".bin";

    private final Path dir;
    /** The keys asked for since the last {@link #keepOnlyUsed}, by kind. */
    private final Map<String, Set<String>> used = new ConcurrentHashMap<>();

    public DiskCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public <T> Reported<T> get(CacheKind<?, T> kind, Supplier<String> keyOf, Supplier<Reported<T>> make) {
        if (kind.codec().isEmpty()) {
            return make.get();
        }
        String key = keyOf.get();
        CacheKind.Codec<T> codec = kind.codec().get();
        used.computeIfAbsent(kind.name(), k -> ConcurrentHashMap.newKeySet()).add(key);
        Path file = dir.resolve(kind.name()).resolve(key + SUFFIX);
        Optional<Reported<T>> kept = read(file, codec);
        if (kept.isPresent()) {
            return kept.get();
        }
        Reported<T> value = make.get();
        if (kind.keeps(value)) {
            write(file, value.value(), codec);
        }
        return value;
    }

    @Override
    public <T> Optional<Reported<T>> kept(CacheKind<?, T> kind, Supplier<String> keyOf) {
        if (kind.codec().isEmpty()) {
            return Optional.empty();
        }
        String key = keyOf.get();
        Optional<Reported<T>> kept = read(dir.resolve(kind.name()).resolve(key + SUFFIX), kind.codec().get());
        kept.ifPresent(v -> used.computeIfAbsent(kind.name(), k -> ConcurrentHashMap.newKeySet()).add(key));
        return kept;
    }

    private static <T> Optional<Reported<T>> read(Path file, CacheKind.Codec<T> codec) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.of(new Reported<>(codec.read(new DataInputStream(in)), List.of()));
        } catch (NoSuchFileException e) {
            // Not made yet.
        } catch (IOException | RuntimeException e) {
            // A damaged entry (a disk full at the time, an older format): made again and replaced.
        }
        return Optional.empty();
    }

    private static <T> void write(Path file, T value, CacheKind.Codec<T> codec) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                DataOutputStream data = new DataOutputStream(out);
                codec.write(value, data);
                data.flush();
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache entry " + file + ": " + e.getMessage()
                    + " (delete the folder " + file.getParent().getParent() + " or build with --clean)", e);
        }
    }

    /** Deletes the entries of every kind asked for that this build did not ask for. */
    @Override
    public void keepOnlyUsed() {
        for (Map.Entry<String, Set<String>> kind : used.entrySet()) {
            Path folder = dir.resolve(kind.getKey());
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    if (!name.endsWith(SUFFIX) || !kind.getValue().contains(name.substring(0, name.length() - SUFFIX.length()))) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (NoSuchFileException e) {
                // Nothing was kept of this kind.
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean the cache folder " + folder + ": " + e.getMessage(), e);
            }
        }
        used.clear();
    }
}
