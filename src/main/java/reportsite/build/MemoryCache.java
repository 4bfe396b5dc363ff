package reportsite.build;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values kept in memory from one build of a process to the next (the development server's
 * rebuilds), in front of another cache that keeps what can go to disk. Only what the last
 * build asked for is kept.
 */
public final class MemoryCache implements BuildCache {

    private final BuildCache behind;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public MemoryCache(BuildCache behind) {
        this.behind = behind;
    }

    @Override
    public <T> Reported<T> get(CacheKind<?, T> kind, Supplier<String> keyOf, Supplier<Reported<T>> make) {
        String key = keyOf.get();
        String id = kind.name() + "/" + key;
        used.add(id);
        @SuppressWarnings("unchecked")
        Reported<T> value = (Reported<T>) values.get(id);
        if (value == null) {
            value = behind.get(kind, () -> key, make);
            if (!value.hasErrors()) {
                values.put(id, value);
            }
        }
        return value;
    }

    @Override
    public <T> Optional<Reported<T>> kept(CacheKind<?, T> kind, Supplier<String> keyOf) {
        String key = keyOf.get();
        String id = kind.name() + "/" + key;
        @SuppressWarnings("unchecked")
        Optional<Reported<T>> value = Optional.ofNullable((Reported<T>) values.get(id)).or(() -> behind.kept(kind, () -> key));
        value.ifPresent(v -> {
            used.add(id);
            values.put(id, v);
        });
        return value;
    }

    @Override
    public void keepOnlyUsed() {
        values.keySet().retainAll(used);
        used.clear();
        // The cache behind is not cleaned: a value found here was not asked of it, so it would
        // forget what is still in use. The next build that runs without a memory cache cleans it.
    }
}
