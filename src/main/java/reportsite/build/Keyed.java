package reportsite.build;

import java.util.List;
import java.util.function.Supplier;

/**
 * A value with the key of everything it was made from: a cached step's value under that step's
 * key, or an input under a hash of itself. {@link Keys} writes a keyed value as its key alone,
 * so a large value that many keys include (the dataset, the templates) is hashed once, not once
 * per page. The key is worked out when first asked for: a build without a cache never hashes.
 */
final class Keyed<T> {

    private final T value;
    private final Supplier<String> key;
    private volatile String known;

    private Keyed(T value, Supplier<String> key) {
        this.value = value;
        this.key = key;
    }

    /** An input, keyed by a hash of itself (every field of it, as {@link Keys} writes values). */
    static <T> Keyed<T> of(T value) {
        return new Keyed<>(value, () -> Keys.sha256(value));
    }

    /** The value of a step, keyed by the step's key. */
    static <T> Keyed<T> madeBy(Supplier<String> key, T value) {
        return new Keyed<>(value, key);
    }

    /** A value taken from this one with {@code part} (an edition's dataset from every edition's): keyed by both. */
    <U> Keyed<U> part(Object part, U of) {
        return new Keyed<>(of, () -> Keys.sha256(List.of(key(), part)));
    }

    /** A value worked out from this one alone, by a function of nothing else: it keeps this one's key. */
    <U> Keyed<U> map(java.util.function.Function<T, U> f) {
        return new Keyed<>(f.apply(value), this::key);
    }

    T value() {
        return value;
    }

    String key() {
        String k = known;
        if (k == null) {
            k = key.get();
            known = k;
        }
        return k;
    }
}
