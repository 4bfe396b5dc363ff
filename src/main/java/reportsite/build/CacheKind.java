package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A kind of value the pipeline caches.
 *
 * @param name the folder of its entries on disk, and part of every key
 * @param codec how a value is written to disk; empty for values kept in memory only
 * @param keepable whether a value may be kept at all (a page rendered with warnings is not:
 *     taken from a cache, it would no longer give them)
 */
public record CacheKind<T>(String name, Optional<Codec<T>> codec, Predicate<T> keepable) {

    /** Writes and reads one value; what is read back must equal what was written. */
    public interface Codec<T> {
        void write(T value, DataOutputStream out) throws IOException;

        T read(DataInputStream in) throws IOException;

        /** Length-prefixed bytes, as {@link #readBytes} reads them. */
        static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        static byte[] readBytes(DataInputStream in) throws IOException {
            int n = in.readInt();
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw new IOException("entry cut short");
            }
            return b;
        }

        /** A count, then each string, as {@link #readStrings} reads them. */
        static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
            out.writeInt(strings.size());
            for (String s : strings) {
                out.writeUTF(s);
            }
        }

        static List<String> readStrings(DataInputStream in) throws IOException {
            int n = in.readInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(in.readUTF());
            }
            return List.copyOf(out);
        }
    }

    static <T> CacheKind<T> inMemory(String name, Predicate<T> keepable) {
        return new CacheKind<>(name, Optional.empty(), keepable);
    }

    static <T> CacheKind<T> onDisk(String name, Codec<T> codec, Predicate<T> keepable) {
        return new CacheKind<>(name, Optional.of(codec), keepable);
    }
}
