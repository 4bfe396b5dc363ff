package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reportsite.diag.Diagnostics;

/**
 * A step the pipeline may cache, and how its values are kept. The step is a function of one
 * record of all it reads ({@code I}); the key of a value is made from that record by
 * {@link Keys}, field by field, so an input the key leaves out cannot reach the step either.
 * Steps are constants of {@link Steps}, written as static functions: they capture nothing
 * (StepsTest checks it).
 *
 * @param name the folder of its entries on disk, and part of every key
 * @param codec how a value is written to disk; empty for values kept in memory only
 */
public record CacheKind<I extends Record, T>(String name, Optional<Codec<T>> codec, Step<I, T> step) {

    /** What a cached step does: from its inputs to its value, its problems reported to {@code own}. */
    @FunctionalInterface
    public interface Step<I, T> {
        T run(I inputs, Diagnostics own);
    }

    /**
     * Whether a value may be kept. One whose making reported an error never is: a rerun must
     * fail again with the same error. On disk only values without any message are kept, since a
     * codec keeps the value alone and a value taken from disk must not hide a warning.
     */
    boolean keeps(Reported<T> made) {
        return codec.isEmpty() ? !made.hasErrors() : made.messages().isEmpty();
    }

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

    static <I extends Record, T> CacheKind<I, T> inMemory(String name, Step<I, T> step) {
        return new CacheKind<>(name, Optional.empty(), step);
    }

    static <I extends Record, T> CacheKind<I, T> onDisk(String name, Codec<T> codec, Step<I, T> step) {
        return new CacheKind<>(name, Optional.of(codec), step);
    }
}
