package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.WeakHashMap;
import reportsite.diag.Position;
import reportsite.source.Assets;

/**
 * Cache keys: a SHA-256 of the generator's identity, the kind of value, and every field the
 * value is made from: the record of a step's inputs. Values are written field by field: strings,
 * numbers, dates, enums, optionals, lists, maps, records (every component, by name) and
 * {@link Keyed} values (their key). Where a thing was declared ({@link Position}) or lies on
 * this machine ({@link Path}: its text is in the record) is left out, since it is not drawn or
 * shown: moving a line does not invalidate what it made. Any other type is refused, so that a
 * key never rests on a {@code toString()} that may leave something out.
 */
public final class Keys {

    private final String generator;

    /** @param generator the identity of the code that makes the values (see {@link Generator}) */
    public Keys(String generator) {
        this.generator = generator;
    }

    /** The key of the value {@code kind}'s step makes from {@code inputs}. */
    public String of(CacheKind<?, ?> kind, Record inputs) {
        Digest d = new Digest();
        d.text(generator);
        d.text(kind.name());
        d.value(inputs);
        return d.hex();
    }

    /** A hash of every file below {@code dir}, its path below it and its bytes; "missing" for no such folder. */
    static String tree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        try {
            return sha256(Assets.inputs(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A SHA-256 of {@code bytes} in hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Digest.sha().digest(bytes));
    }

    /**
     * The SHA-256 of an array of bytes as part of a key or a hash of values: worked out once per
     * array. The arrays hashed here are a site's files and pages, values of the build's steps, which
     * no one changes once made (a kept value is shared by every later build in a process), and a
     * build hashes the same ones many times: the pages read for links, then the whole output for the
     * state. A weak map by identity (an array's equals and hashCode are its identity) forgets an
     * array when it is gone.
     */
    private static final Map<byte[], String> BYTES = Collections.synchronizedMap(new WeakHashMap<>());

    private static String bytesHash(byte[] bytes) {
        String known = BYTES.get(bytes);
        if (known == null) {
            known = sha256(bytes);
            BYTES.put(bytes, known);
        }
        return known;
    }

    /** A SHA-256 of {@code value}, written as in a key, in hex. */
    public static String sha256(Object value) {
        Digest d = new Digest();
        d.value(value);
        return d.hex();
    }

    /**
     * The accessors of a record's components that go into a key, in declaration order, looked up
     * once per class: the reflection to find them cost more than the hashing (a chart's data,
     * hashed for its images' key on every build, is hundreds of records).
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != Position.class && c.getType() != Path.class) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    out.add(accessor);
                }
            }
            return List.copyOf(out);
        }
    };

    private static final class Digest {
        private final MessageDigest sha = sha();

        static MessageDigest sha() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Length-prefixed, so that no two sequences of parts write the same bytes. */
        void text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            sha.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(b);
        }

        void value(Object v) {
            if (v == null) {
                text("null");
            } else if (v instanceof String s) {
                text("s");
                text(s);
            } else if (v instanceof byte[] b) {
                text("b");
                text(bytesHash(b));
            } else if (v instanceof BigDecimal || v instanceof Number || v instanceof Boolean || v instanceof Character
                    || v instanceof LocalDate || v instanceof Enum<?>) {
                // Their toString() is their whole value (a BigDecimal's includes its scale, which is drawn).
                text(v.getClass().getSimpleName());
                text(v.toString());
            } else if (v instanceof Optional<?> o) {
                text(o.isPresent() ? "some" : "none");
                o.ifPresent(this::value);
            } else if (v instanceof Collection<?> c) {
                text("list" + c.size());
                c.forEach(this::value);
            } else if (v instanceof Map<?, ?> m) {
                text("map" + m.size());
                Map<?, ?> ordered = m instanceof SortedMap<?, ?> || m instanceof LinkedHashMap<?, ?> ? m : sorted(m);
                ordered.forEach((k, x) -> {
                    value(k);
                    value(x);
                });
            } else if (v instanceof Keyed<?> k) {
                text("keyed");
                text(k.key());
            } else if (v instanceof Record r) {
                record(r);
            } else {
                throw new IllegalArgumentException("no key for a " + v.getClass().getName() + ": add it to Keys");
            }
        }

        private static Map<String, Object> sorted(Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }

        private void record(Record r) {
            text("record " + r.getClass().getName());
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                text(accessor.getName());
                try {
                    value(accessor.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor.getName() + " of " + r.getClass().getName(), e);
                }
            }
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
