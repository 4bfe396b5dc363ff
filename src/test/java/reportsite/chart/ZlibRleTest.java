package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What {@link ZlibRle} writes inflates, with zlib's own checks, to exactly the bytes given. */
class ZlibRleTest {

    /** Inflates with the JDK's zlib, which checks the Huffman codes and the Adler-32 sum. */
    static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buf);
            if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new DataFormatException("truncated stream");
            }
            out.write(buf, 0, n);
        }
        assertEquals(0, inflater.getRemaining(), "bytes after the end of the stream");
        inflater.end();
        return out.toByteArray();
    }

    private static byte[] roundTrip(byte[] data) throws DataFormatException {
        ZlibRle z = new ZlibRle();
        for (byte b : data) {
            z.write(b & 0xFF);
        }
        return inflate(z.finish());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomRunsAndLiteralsComeBackExactly(long seed) throws DataFormatException {
        Random r = new Random(seed);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ZlibRle z = new ZlibRle();
        int pieces = r.nextInt(2000);
        for (int i = 0; i < pieces; i++) {
            if (r.nextBoolean()) {
                // Run lengths around the edges of a copy: 1-2, 3, 258, 259-261, and long ones.
                int[] lengths = {1, 2, 3, 4, 257, 258, 259, 260, 261, 516, 517, r.nextInt(5000)};
                int n = lengths[r.nextInt(lengths.length)];
                if (r.nextBoolean()) {
                    z.zeros(n);
                } else {
                    for (int k = 0; k < n; k++) {
                        z.write(0);
                    }
                }
                expected.write(new byte[n], 0, n);
            } else {
                // Skewed literals, as filtered pixels are, and now and then any byte.
                int b = r.nextInt(10) == 0 ? r.nextInt(256) : (int) Math.abs(r.nextGaussian() * 4) & 0xFF;
                z.write(b);
                expected.write(b);
            }
        }
        assertArrayEquals(expected.toByteArray(), inflate(z.finish()));
    }

    @Test
    void edgeCases() throws DataFormatException {
        assertArrayEquals(new byte[0], roundTrip(new byte[0]));
        assertArrayEquals(new byte[1], roundTrip(new byte[1]));
        assertArrayEquals(new byte[] {7}, roundTrip(new byte[] {7}));
        assertArrayEquals(new byte[100_000], roundTrip(new byte[100_000]));
        byte[] all = new byte[256 * 40];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 7);
        }
        assertArrayEquals(all, roundTrip(all));
    }

    @Test
    void runsLongerThanTheAdlerModulusKeepTheChecksumRight() throws DataFormatException {
        ZlibRle z = new ZlibRle();
        z.write(9);
        z.zeros(5_000_000);
        z.write(200);
        byte[] expected = new byte[5_000_002];
        expected[0] = 9;
        expected[expected.length - 1] = (byte) 200;
        assertArrayEquals(expected, inflate(z.finish()));
    }

    @Test
    void codeLengthsStayWithinTheLimitForSkewedFrequencies() {
        int[] freq = new int[286];
        // Fibonacci frequencies make the deepest possible Huffman tree.
        long a = 1;
        long b = 1;
        for (int i = 0; i < 40; i++) {
            freq[i] = (int) Math.min(a, Integer.MAX_VALUE / 4);
            long c = a + b;
            a = b;
            b = c;
        }
        int[] lengths = ZlibRle.codeLengths(freq, 15);
        assertTrue(Arrays.stream(lengths).max().getAsInt() <= 15);
        double kraft = Arrays.stream(lengths).filter(l -> l > 0).mapToDouble(l -> Math.pow(2, -l)).sum();
        assertEquals(1.0, kraft, 1e-12, "a complete code");
    }
}
