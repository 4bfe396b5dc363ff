package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three caches: none makes every value, disk keeps what has a codec, memory keeps anything. */
class BuildCacheTest {

    /** No inputs: these tests hand the caches their keys and values directly. */
    record None() {
    }

    static final CacheKind<None, String> TEXT = CacheKind.onDisk("text", new CacheKind.Codec<>() {
        @Override
        public void write(String value, java.io.DataOutputStream out) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(java.io.DataInputStream in) throws IOException {
            return in.readUTF();
        }
    }, (in, own) -> "");
    static final CacheKind<None, String> OBJECT = CacheKind.inMemory("object", (in, own) -> "");

    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();

    /** A value made now: one starting with "warning" is made with a warning, one starting with "error" with an error. */
    private Reported<String> make(String value) {
        made.incrementAndGet();
        return Reported.of(own -> {
            if (value.startsWith("warning")) {
                own.warning(new reportsite.diag.SourceText("x", ""), reportsite.diag.Position.ofFile("x"), value, "");
            } else if (value.startsWith("error")) {
                own.error(reportsite.diag.Position.ofFile("x"), value, "", "");
            }
            return value;
        });
    }

    private static String get(BuildCache cache, CacheKind<None, String> kind, String key, java.util.function.Supplier<Reported<String>> make) {
        return cache.get(kind, () -> key, make).value();
    }

    /** A key stands for hashing all a value is made from: a cache that keeps nothing of a kind never asks for one. */
    @Test
    void keysAreAskedForOnlyByACacheThatKeepsTheKind() {
        java.util.function.Supplier<String> refused = () -> {
            throw new AssertionError("the key was asked for");
        };
        assertEquals("a", BuildCache.none().get(TEXT, refused, () -> make("a")).value());
        assertEquals("o", new DiskCache(dir).get(OBJECT, refused, () -> make("o")).value(), "no codec: not kept on disk");
        AtomicInteger asked = new AtomicInteger();
        new MemoryCache(new DiskCache(dir)).get(TEXT, () -> "k" + asked.incrementAndGet(), () -> make("t"));
        assertEquals(1, asked.get(), "asked once, by the memory cache, which hands it on");
    }

    @Test
    void noCacheMakesEveryValue() {
        BuildCache none = BuildCache.none();
        assertEquals("a", get(none, TEXT, "k", () -> make("a")));
        assertEquals("b", get(none, TEXT, "k", () -> make("b")));
        assertEquals(2, made.get());
    }

    @Test
    void diskCacheReadsBackWhatItWrote() {
        assertEquals("a", get(new DiskCache(dir), TEXT, "k", () -> make("a")));
        assertEquals("a", get(new DiskCache(dir), TEXT, "k", () -> make("other")), "a second process reads the file");
        assertEquals(1, made.get());
    }

    @Test
    void diskCacheKeepsNeitherUnkeepableValuesNorKindsWithoutCodec() {
        DiskCache disk = new DiskCache(dir);
        get(disk, TEXT, "k", () -> make("warning: x"));
        get(disk, TEXT, "k", () -> make("warning: x"));
        get(disk, OBJECT, "k", () -> make("o"));
        get(disk, OBJECT, "k", () -> make("o"));
        assertEquals(4, made.get());
    }

    /** A failed result is never kept: a rerun makes it again, and fails again. */
    @Test
    void neitherCacheKeepsAValueMadeWithAnError() {
        MemoryCache memory = new MemoryCache(new DiskCache(dir));
        assertTrue(memory.get(TEXT, () -> "k", () -> make("error: x")).hasErrors());
        assertTrue(memory.get(OBJECT, () -> "k", () -> make("error: y")).hasErrors());
        assertTrue(memory.get(TEXT, () -> "k", () -> make("error: x")).hasErrors());
        assertTrue(memory.get(OBJECT, () -> "k", () -> make("error: y")).hasErrors());
        assertEquals(4, made.get());
        assertTrue(!Files.exists(dir.resolve("text/k.bin")), "nothing reached the disk");
    }

    /** In memory a value keeps its warnings, and gives them again when reused. */
    @Test
    void memoryKeepsAValueWithItsWarnings() {
        MemoryCache memory = new MemoryCache(BuildCache.none());
        memory.get(OBJECT, () -> "k", () -> make("warning: w"));
        Reported<String> again = memory.get(OBJECT, () -> "k", () -> make("other"));
        assertEquals(1, made.get());
        assertEquals(1, again.messages().size());
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws IOException {
        get(new DiskCache(dir), TEXT, "k", () -> make("a"));
        Files.write(dir.resolve("text/k.bin"), new byte[] {0, 9});
        assertEquals("b", get(new DiskCache(dir), TEXT, "k", () -> make("b")));
        assertEquals("b", get(new DiskCache(dir), TEXT, "k", () -> make("c")), "and replaced");
    }

    @Test
    void diskCacheForgetsWhatABuildDidNotAskFor() throws IOException {
        DiskCache first = new DiskCache(dir);
        get(first, TEXT, "a", () -> make("1"));
        get(first, TEXT, "b", () -> make("2"));
        first.keepOnlyUsed();
        DiskCache second = new DiskCache(dir);
        get(second, TEXT, "b", () -> make("2"));
        second.keepOnlyUsed();
        try (Stream<Path> files = Files.list(dir.resolve("text"))) {
            assertEquals(List.of("b.bin"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void memoryCacheKeepsAnyKindInFrontOfTheDisk() {
        MemoryCache memory = new MemoryCache(new DiskCache(dir));
        assertEquals("o", get(memory, OBJECT, "k", () -> make("o")));
        assertEquals("o", get(memory, OBJECT, "k", () -> make("other")));
        assertEquals("a", get(memory, TEXT, "k", () -> make("a")));
        assertEquals(2, made.get());
        assertTrue(Files.isRegularFile(dir.resolve("text/k.bin")), "what has a codec reaches the disk too");
    }

    @Test
    void memoryCacheKeepsOnlyWhatTheLastBuildUsed() {
        MemoryCache memory = new MemoryCache(BuildCache.none());
        get(memory, OBJECT, "a", () -> make("1"));
        get(memory, OBJECT, "b", () -> make("2"));
        memory.keepOnlyUsed();
        get(memory, OBJECT, "b", () -> make("2"));
        memory.keepOnlyUsed();
        get(memory, OBJECT, "a", () -> make("1"));
        get(memory, OBJECT, "b", () -> make("2"));
        assertEquals(3, made.get(), "'a' was made again, 'b' was not");
    }
}
