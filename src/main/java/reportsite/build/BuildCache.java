package reportsite.build;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a build may take from earlier builds. The pipeline runs a cached step through
 * {@link #get}, under the key of the record of its inputs (see {@link CacheKind}); the cache
 * decides whether the value is remembered and where. Three implementations, chosen once by the
 * command: {@link #none()} for {@code check} and {@code --clean}, {@link DiskCache} for
 * {@code build}, and {@link MemoryCache} in front of a disk cache for {@code serve}.
 */
public interface BuildCache {

    /**
     * The value of {@code kind} under {@code key}: kept by an earlier build, or made now and kept
     * when {@link CacheKind#keeps} allows. The key is asked for only by a cache that keeps the
     * kind: hashing everything a value is made from is a real part of a build without a cache
     * ({@code --clean}) otherwise.
     */
    <T> Reported<T> get(CacheKind<?, T> kind, Supplier<String> key, Supplier<Reported<T>> make);

    /** The value of {@code kind} under {@code key} if an earlier build kept it; nothing is made. */
    <T> Optional<Reported<T>> kept(CacheKind<?, T> kind, Supplier<String> key);

    /** After a build without errors: forgets what that build did not ask for. */
    void keepOnlyUsed();

    /** Remembers nothing: every value is made again. */
    static BuildCache none() {
        return NoCache.INSTANCE;
    }

    /** The cache that remembers nothing. */
    enum NoCache implements BuildCache {
        INSTANCE;

        @Override
        public <T> Reported<T> get(CacheKind<?, T> kind, Supplier<String> key, Supplier<Reported<T>> make) {
            return make.get();
        }

        @Override
        public <T> Optional<Reported<T>> kept(CacheKind<?, T> kind, Supplier<String> key) {
            return Optional.empty();
        }

        @Override
        public void keepOnlyUsed() {
            // Nothing kept, nothing to forget.
        }
    }
}
