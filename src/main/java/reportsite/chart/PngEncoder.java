package reportsite.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A lean PNG writer for opaque RGB images (the charts and the social preview images). ImageIO's
 * writer spends several times longer than JFreeChart takes to draw a chart. Charts are mostly
 * flat colour, so a per-row choice of two filters (Up for rows like the one above, Sub for runs of
 * one colour) turns about 99% of the bytes into zeros, and {@link ZlibRle} compresses them
 * without looking at each zero. No time or text chunks: equal pixels give equal bytes.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;

    private PngEncoder() {
    }

    /** The PNG bytes of a {@link BufferedImage#TYPE_INT_RGB} image; the same pixels give the same bytes. */
    public static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // Charts come to about one literal or copy per 16 pixels.
        ZlibRle idat = new ZlibRle(w * h / 16);
        // Up's reference for the first row: a row of zeros.
        int[] zeros = new int[w];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int[] upRef = y == 0 ? zeros : pixels;
            int upOff = y == 0 ? 0 : row - w;
            if (y > 0 && Arrays.equals(pixels, row, row + w, pixels, upOff, row)) {
                // A row like the one above, as most of a chart's are: Up makes it all zeros.
                idat.write(FILTER_UP);
                idat.zeros(3 * w);
                continue;
            }
            // Sub's reference is the pixel to the left (pixels[row - 1 + x]); the first pixel's is 0.
            int first = pixels[row];
            long upCost = cost(pixels, row, upRef, upOff, 0, w);
            long subCost = (first == 0 ? 0 : cost(first, 0)) + cost(pixels, row, pixels, row - 1, 1, w);
            // Per row, the filter whose output is nearer zero (the usual heuristic): Up for rows
            // like the one above, Sub for rows of flat colour runs.
            if (upCost <= subCost) {
                idat.write(FILTER_UP);
                emit(idat, pixels, row, upRef, upOff, 0, w);
            } else {
                idat.write(FILTER_SUB);
                emit(idat, pixels, row, ZERO, 0, 0, 1);
                emit(idat, pixels, row, pixels, row - 1, 1, w);
            }
        }
        byte[] compressed = idat.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", compressed);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static final int[] ZERO = {0};

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

    /** Writes pixels {@code from}-{@code to} filtered against {@code ref[refOff + x]}, equal runs as zeros. */
    private static void emit(ZlibRle out, int[] px, int row, int[] ref, int refOff, int from, int to) {
        int x = from;
        while (x < to) {
            int m = Arrays.mismatch(px, row + x, row + to, ref, refOff + x, refOff + to);
            if (m < 0) {
                out.zeros(3 * (to - x));
                return;
            }
            out.zeros(3 * m);
            x += m;
            int p = px[row + x];
            int r = ref[refOff + x];
            out.write(((p >> 16) - (r >> 16)) & 0xFF);
            out.write(((p >> 8) - (r >> 8)) & 0xFF);
            out.write((p - r) & 0xFF);
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
