package reportsite.chart;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A zlib stream (RFC 1950 around one RFC 1951 block with its own Huffman codes) for data that
 * is mostly runs of zero bytes, as filtered chart rows are: about 99% of their bytes. Runs are
 * written as copies of the byte before (distance 1), everything else as literals, as zlib's
 * Z_RLE strategy does. The point is that a run costs nothing per byte: the PNG writer hands
 * over runs whole, where {@link java.util.zip.Deflater} scans every byte of the 3.4 MB of a 2x
 * chart (8 ms at level 3). Files come out about 5% larger than level 3's.
 */
final class ZlibRle {

    private static final int END_OF_BLOCK = 256;
    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int ADLER_MOD = 65521;
    /** RFC 1951 3.2.5: the first length of each length code 257-285, and its extra bits. */
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
        115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    /** RFC 1951 3.2.7: the order in which the code-length code's lengths are written. */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] LENGTH_CODE = new int[MAX_MATCH + 1];

    static {
        for (int code = 0; code < LENGTH_BASE.length; code++) {
            int end = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] : MAX_MATCH + 1;
            for (int len = LENGTH_BASE[code]; len < end; len++) {
                LENGTH_CODE[len] = code;
            }
        }
        // 258 has a code of its own (285), not the last extra value of 284.
        LENGTH_CODE[MAX_MATCH] = LENGTH_BASE.length - 1;
    }

    /** Literals as 0-255, copies as -(length). */
    private int[] tokens;
    private int count;
    private long pendingZeros;
    /** Whether the last byte written so far is a zero, so that a run may copy it. */
    private boolean afterZero;
    private long adlerA = 1;
    private long adlerB;
    /** Bytes added to the sums since they were last reduced. */
    private int unreduced;

    /** @param expectedTokens a guess at the number of literals and copies, to size the buffer */
    ZlibRle(int expectedTokens) {
        tokens = new int[Math.max(1024, expectedTokens)];
    }

    ZlibRle() {
        this(1 << 14);
    }

    /** Appends one byte. */
    void write(int b) {
        if (b == 0) {
            pendingZeros++;
            return;
        }
        flushZeros();
        add(b & 0xFF);
        // The sums are reduced every few thousand bytes, not every byte (as zlib does): a long
        // holds far more, and a division per byte was a tenth of the encoding time.
        adlerA += b & 0xFF;
        adlerB += adlerA;
        if (++unreduced == 1 << 16) {
            reduceAdler();
        }
        afterZero = false;
    }

    /** Appends {@code n} zero bytes. */
    void zeros(int n) {
        pendingZeros += n;
    }

    private void flushZeros() {
        long n = pendingZeros;
        if (n == 0) {
            return;
        }
        pendingZeros = 0;
        reduceAdler();
        adlerB = (adlerB + n % ADLER_MOD * adlerA) % ADLER_MOD;
        if (!afterZero) {
            add(0);
            n--;
        }
        while (n >= MIN_MATCH) {
            // Never leave a remainder of 1 or 2 after a full copy when a shorter copy avoids it.
            int len = (int) Math.min(n, MAX_MATCH);
            if (n > MAX_MATCH && n - MAX_MATCH < MIN_MATCH) {
                len = (int) n - MIN_MATCH;
            }
            add(-len);
            n -= len;
        }
        for (; n > 0; n--) {
            add(0);
        }
        afterZero = true;
    }

    private void reduceAdler() {
        adlerA %= ADLER_MOD;
        adlerB %= ADLER_MOD;
        unreduced = 0;
    }

    private void add(int token) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count++] = token;
    }

    /** The whole zlib stream. */
    byte[] finish() {
        flushZeros();
        reduceAdler();
        int[] litFreq = new int[286];
        int[] distFreq = new int[30];
        litFreq[END_OF_BLOCK] = 1;
        for (int i = 0; i < count; i++) {
            int t = tokens[i];
            if (t >= 0) {
                litFreq[t]++;
            } else {
                litFreq[257 + LENGTH_CODE[-t]]++;
                distFreq[0]++;
            }
        }
        int[] litLen = codeLengths(litFreq, 15);
        int[] distLen = codeLengths(distFreq, 15);
        int[] litCode = canonicalCodes(litLen);
        int[] distCode = canonicalCodes(distLen);

        int hlit = lastNonZero(litLen, 257);
        int hdist = lastNonZero(distLen, 1);
        int[] all = new int[hlit + hdist];
        System.arraycopy(litLen, 0, all, 0, hlit);
        System.arraycopy(distLen, 0, all, hlit, hdist);
        int[] clSymbols = runLengthCodes(all);
        int[] clFreq = new int[19];
        for (int s : clSymbols) {
            clFreq[s & 0xFF]++;
        }
        int[] clLen = codeLengths(clFreq, 7);
        int[] clCode = canonicalCodes(clLen);
        int hclen = 19;
        while (hclen > 4 && clLen[CODE_LENGTH_ORDER[hclen - 1]] == 0) {
            hclen--;
        }

        BitWriter out = new BitWriter(count / 2 + 256);
        out.bytes(0x78, 0x01);
        out.bits(1, 1);
        out.bits(2, 2);
        out.bits(hlit - 257, 5);
        out.bits(hdist - 1, 5);
        out.bits(hclen - 4, 4);
        for (int i = 0; i < hclen; i++) {
            out.bits(clLen[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int s : clSymbols) {
            int sym = s & 0xFF;
            out.bits(clCode[sym], clLen[sym]);
            if (sym == 16) {
                out.bits(s >>> 8, 2);
            } else if (sym == 17) {
                out.bits(s >>> 8, 3);
            } else if (sym == 18) {
                out.bits(s >>> 8, 7);
            }
        }
        for (int i = 0; i < count; i++) {
            int t = tokens[i];
            if (t >= 0) {
                out.bits(litCode[t], litLen[t]);
            } else {
                int code = LENGTH_CODE[-t];
                out.bits(litCode[257 + code], litLen[257 + code]);
                out.bits(-t - LENGTH_BASE[code], LENGTH_EXTRA[code]);
                out.bits(distCode[0], distLen[0]);
            }
        }
        out.bits(litCode[END_OF_BLOCK], litLen[END_OF_BLOCK]);
        out.alignToByte();
        long adler = adlerB << 16 | adlerA;
        out.bytes((int) (adler >>> 24) & 0xFF, (int) (adler >>> 16) & 0xFF, (int) (adler >>> 8) & 0xFF, (int) adler & 0xFF);
        return out.toByteArray();
    }

    private static int lastNonZero(int[] lengths, int min) {
        int n = lengths.length;
        while (n > min && lengths[n - 1] == 0) {
            n--;
        }
        return n;
    }

    /**
     * The code lengths written with the code-length alphabet (RFC 1951 3.2.7): each entry is a
     * symbol 0-18 in the low byte and its extra-bits value above.
     */
    private static int[] runLengthCodes(int[] lengths) {
        int[] out = new int[lengths.length];
        int n = 0;
        for (int i = 0; i < lengths.length;) {
            int len = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == len) {
                run++;
            }
            if (len == 0 && run >= 11) {
                run = Math.min(run, 138);
                out[n++] = 18 | (run - 11) << 8;
            } else if (len == 0 && run >= 3) {
                out[n++] = 17 | (run - 3) << 8;
            } else if (len != 0 && run >= 4) {
                // The value once, then repeats of it, 3 to 6 at a time.
                out[n++] = len;
                run = Math.min(run, 7);
                out[n++] = 16 | (run - 1 - 3) << 8;
            } else {
                run = 1;
                out[n++] = len;
            }
            i += run;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Huffman code lengths of at most {@code limit} bits. A code always has two symbols at least,
     * so that it is complete, as inflaters require. When the tree is too deep, the frequencies
     * are halved and the tree built again: the codes get a little longer, never invalid.
     */
    static int[] codeLengths(int[] freq, int limit) {
        int[] f = freq.clone();
        int used = 0;
        for (int x : f) {
            used += x > 0 ? 1 : 0;
        }
        for (int i = 0; used < 2 && i < f.length; i++) {
            if (f[i] == 0) {
                f[i] = 1;
                used++;
            }
        }
        while (true) {
            int[] lengths = huffmanLengths(f);
            if (Arrays.stream(lengths).max().orElse(0) <= limit) {
                return lengths;
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == 0 ? 0 : (f[i] + 1) / 2;
            }
        }
    }

    private static int[] huffmanLengths(int[] f) {
        int n = f.length;
        long[] weight = new long[2 * n];
        int[] parent = new int[2 * n];
        // Ties broken by node number, so that equal input gives equal codes.
        PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> weight[a] != weight[b] ? Long.compare(weight[a], weight[b])
                : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            if (f[i] > 0) {
                weight[i] = f[i];
                queue.add(i);
            }
        }
        int next = n;
        while (queue.size() > 1) {
            int a = queue.poll();
            int b = queue.poll();
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            queue.add(next++);
        }
        int root = next - 1;
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            if (f[i] > 0) {
                int depth = 0;
                for (int node = i; node != root; node = parent[node]) {
                    depth++;
                }
                lengths[i] = depth;
            }
        }
        return lengths;
    }

    /** RFC 1951 3.2.2 canonical codes, bit-reversed for a writer that fills bytes from the low bit. */
    private static int[] canonicalCodes(int[] lengths) {
        int[] perLength = new int[16];
        for (int len : lengths) {
            perLength[len]++;
        }
        perLength[0] = 0;
        int[] nextCode = new int[16];
        int code = 0;
        for (int bits = 1; bits < 16; bits++) {
            code = (code + perLength[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int len = lengths[s];
            if (len > 0) {
                codes[s] = Integer.reverse(nextCode[len]++) >>> (32 - len);
            }
        }
        return codes;
    }

    /** Packs bit fields into bytes from the lowest bit up, as deflate does. */
    private static final class BitWriter {
        private byte[] buf;
        private int size;
        private long bits;
        private int nbits;

        BitWriter(int capacity) {
            buf = new byte[Math.max(capacity, 64)];
        }

        /** Appends the low {@code n} bits of {@code value}, {@code n} at most 16. */
        void bits(int value, int n) {
            bits |= (long) value << nbits;
            nbits += n;
            // Four bytes at a time: fewer checks than a byte at a time, and the long holds 47 bits.
            if (nbits >= 32) {
                if (size + 4 > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + 4));
                }
                buf[size] = (byte) bits;
                buf[size + 1] = (byte) (bits >>> 8);
                buf[size + 2] = (byte) (bits >>> 16);
                buf[size + 3] = (byte) (bits >>> 24);
                size += 4;
                bits >>>= 32;
                nbits -= 32;
            }
        }

        void alignToByte() {
            while (nbits > 0) {
                put((int) bits);
                bits >>>= 8;
                nbits -= 8;
            }
            bits = 0;
            nbits = 0;
        }

        void bytes(int... values) {
            for (int v : values) {
                put(v);
            }
        }

        private void put(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
