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

    static final CacheKind<String> TEXT = CacheKind.onDisk("text", new CacheKind.Codec<>() {
        @Override
        public void write(String value, java.io.DataOutputStream out) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(java.io.DataInputStream in) throws IOException {
            return in.readUTF();
        }
    }, v -> !v.startsWith("warning"));
    static final CacheKind<String> OBJECT = CacheKind.inMemory("object", v -> true);

    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();

    private String make(String value) {
        made.incrementAndGet();
        return value;
    }

    /** A key stands for hashing all a value is made from: a cache that keeps nothing of a kind never asks for one. */
    @Test
    void keysAreAskedForOnlyByACacheThatKeepsTheKind() {
        java.util.function.Supplier<String> refused = () -> {
            throw new AssertionError("the key was asked for");
        };
        assertEquals("a", BuildCache.none().get(TEXT, refused, () -> make("a")));
        assertEquals("o", new DiskCache(dir).get(OBJECT, refused, () -> make("o")), "no codec: not kept on disk");
        AtomicInteger asked = new AtomicInteger();
        new MemoryCache(new DiskCache(dir)).get(TEXT, () -> "k" + asked.incrementAndGet(), () -> make("t"));
        assertEquals(1, asked.get(), "asked once, by the memory cache, which hands it on");
    }

    @Test
    void noCacheMakesEveryValue() {
        BuildCache none = BuildCache.none();
        assertEquals("a", none.get(TEXT, () -> "k", () -> make("a")));
        assertEquals("b", none.get(TEXT, () -> "k", () -> make("b")));
        assertEquals(2, made.get());
    }

    @Test
    void diskCacheReadsBackWhatItWrote() {
        assertEquals("a", new DiskCache(dir).get(TEXT, () -> "k", () -> make("a")));
        assertEquals("a", new DiskCache(dir).get(TEXT, () -> "k", () -> make("other")), "a second process reads the file");
        assertEquals(1, made.get());
    }

    @Test
    void diskCacheKeepsNeitherUnkeepableValuesNorKindsWithoutCodec() {
        DiskCache disk = new DiskCache(dir);
        disk.get(TEXT, () -> "k", () -> make("warning: x"));
        disk.get(TEXT, () -> "k", () -> make("warning: x"));
        disk.get(OBJECT, () -> "k", () -> make("o"));
        disk.get(OBJECT, () -> "k", () -> make("o"));
        assertEquals(4, made.get());
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws IOException {
        new DiskCache(dir).get(TEXT, () -> "k", () -> make("a"));
        Files.write(dir.resolve("text/k.bin"), new byte[] {0, 9});
        assertEquals("b", new DiskCache(dir).get(TEXT, () -> "k", () -> make("b")));
        assertEquals("b", new DiskCache(dir).get(TEXT, () -> "k", () -> make("c")), "and replaced");
    }

    @Test
    void diskCacheForgetsWhatABuildDidNotAskFor() throws IOException {
        DiskCache first = new DiskCache(dir);
        first.get(TEXT, () -> "a", () -> make("1"));
        first.get(TEXT, () -> "b", () -> make("2"));
        first.keepOnlyUsed();
        DiskCache second = new DiskCache(dir);
        second.get(TEXT, () -> "b", () -> make("2"));
        second.keepOnlyUsed();
        try (Stream<Path> files = Files.list(dir.resolve("text"))) {
            assertEquals(List.of("b.bin"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void memoryCacheKeepsAnyKindInFrontOfTheDisk() {
        MemoryCache memory = new MemoryCache(new DiskCache(dir));
        assertEquals("o", memory.get(OBJECT, () -> "k", () -> make("o")));
        assertEquals("o", memory.get(OBJECT, () -> "k", () -> make("other")));
        assertEquals("a", memory.get(TEXT, () -> "k", () -> make("a")));
        assertEquals(2, made.get());
        assertTrue(Files.isRegularFile(dir.resolve("text/k.bin")), "what has a codec reaches the disk too");
    }

    @Test
    void memoryCacheKeepsOnlyWhatTheLastBuildUsed() {
        MemoryCache memory = new MemoryCache(BuildCache.none());
        memory.get(OBJECT, () -> "a", () -> make("1"));
        memory.get(OBJECT, () -> "b", () -> make("2"));
        memory.keepOnlyUsed();
        memory.get(OBJECT, () -> "b", () -> make("2"));
        memory.keepOnlyUsed();
        memory.get(OBJECT, () -> "a", () -> make("1"));
        memory.get(OBJECT, () -> "b", () -> make("2"));
        assertEquals(3, made.get(), "'a' was made again, 'b' was not");
    }
}
