package reportsite.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG writer for opaque RGB images (the charts and the social preview images): a per-row filter
 * pass, then {@link Deflater}. Charts are mostly flat colour, so choosing per row between two
 * filters (Up for rows like the one above, Sub for runs of one colour) turns about 99% of the bytes
 * into zeros. No time or text chunks: equal pixels give equal bytes. The level is chosen by
 * measurement, see bench/README.md ("PNG encoding").
 */
public final class PngEncoder {

    /** The deflate level of {@link #encode(BufferedImage)}. */
    public static final int LEVEL = 6;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;
    private static final int[] ZERO = {0};

    private PngEncoder() {
    }

    /** The PNG bytes of a {@link BufferedImage#TYPE_INT_RGB} image; the same pixels give the same bytes. */
    public static byte[] encode(BufferedImage image) {
        return encode(image, LEVEL);
    }

    /** As {@link #encode(BufferedImage)}, at deflate level {@code level} (0-9); for the bench. */
    public static byte[] encode(BufferedImage image, int level) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] compressed = deflate(filter(image), level);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", compressed);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The image's rows, each a filter type byte and three filtered bytes per pixel. */
    static byte[] filter(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // A new array is all zeros, so the filter pass writes only the bytes that are not.
        byte[] raw = new byte[h * (1 + 3 * w)];
        // Up's reference for the first row: a row of zeros.
        int[] zeros = new int[w];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int at = y * (1 + 3 * w);
            int[] upRef = y == 0 ? zeros : pixels;
            int upOff = y == 0 ? 0 : row - w;
            // Per row, the filter whose output is nearer zero (the usual heuristic): Up for rows
            // like the one above (most of a chart's, so Sub's cost is not even looked at), Sub for
            // rows of flat colour runs.
            long upCost = cost(pixels, row, upRef, upOff, 0, w);
            if (upCost == 0 || upCost <= subCost(pixels, row, w)) {
                raw[at] = FILTER_UP;
                emit(raw, at + 1, pixels, row, upRef, upOff, 0, w);
            } else {
                raw[at] = FILTER_SUB;
                emit(raw, at + 1, pixels, row, ZERO, 0, 0, 1);
                emit(raw, at + 1, pixels, row, pixels, row - 1, 1, w);
            }
        }
        return raw;
    }

    /** Sub's cost: against the pixel to the left ({@code pixels[row - 1 + x]}); the first pixel's is 0. */
    private static long subCost(int[] pixels, int row, int w) {
        int first = pixels[row];
        return (first == 0 ? 0 : cost(first, 0)) + cost(pixels, row, pixels, row - 1, 1, w);
    }

    private static byte[] deflate(byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The cost of filtering pixels {@code from}-{@code to} of the row at {@code row} against
     * {@code ref[refOff + x]}. Runs of equal pixels, most of a chart, are skipped by
     * {@link Arrays#mismatch}, which the JIT compiles to vector instructions.
     */
    private static long cost(int[] px, int row, int[] ref, int refOff, int from, int to) {
        long sum = 0;
        int x = from;
        while (x < to) {
            int m = Arrays.mismatch(px, row + x, row + to, ref, refOff + x, refOff + to);
            if (m < 0) {
                break;
            }
            x += m;
            sum += cost(px[row + x], ref[refOff + x]);
            x++;
        }
        return sum;
    }

    /**
     * Writes pixels {@code from}-{@code to} filtered against {@code ref[refOff + x]} into
     * {@code out} from {@code at}; equal pixels are zeros, which the new array already holds.
     */
    private static void emit(byte[] out, int at, int[] px, int row, int[] ref, int refOff, int from, int to) {
        int x = from;
        while (x < to) {
            int m = Arrays.mismatch(px, row + x, row + to, ref, refOff + x, refOff + to);
            if (m < 0) {
                return;
            }
            x += m;
            int p = px[row + x];
            int r = ref[refOff + x];
            int i = at + 3 * x;
            out[i] = (byte) ((p >> 16) - (r >> 16));
            out[i + 1] = (byte) ((p >> 8) - (r >> 8));
            out[i + 2] = (byte) (p - r);
            x++;
        }
    }

    /** The sum of the three channels' filtered bytes, each taken as a signed byte's magnitude. */
    private static int cost(int p, int ref) {
        return Math.abs((byte) ((p >> 16) - (ref >> 16))) + Math.abs((byte) ((p >> 8) - (ref >> 8))) + Math.abs((byte) (p - ref));
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
