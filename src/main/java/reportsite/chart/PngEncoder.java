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
        int stride = 3 * w;
        ZlibRle idat = new ZlibRle();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int above = row - w;
            long upCost = 0;
            long subCost = 0;
            if (y > 0 && Arrays.equals(pixels, row, row + w, pixels, above, row)) {
                // A row like the one above, as most of a chart's are: Up makes it all zeros.
                idat.write(FILTER_UP);
                idat.zeros(3 * w);
                continue;
            }
            int left = 0;
            for (int x = 0; x < w; x++) {
                int p = pixels[row + x];
                int q = y == 0 ? 0 : pixels[above + x];
                if (p != q) {
                    upCost += cost(p, q);
                }
                if (p != left) {
                    subCost += cost(p, left);
                }
                left = p;
            }
            // Per row, the filter whose output is nearer zero (the usual heuristic): Up for rows
            // like the one above, Sub for rows of flat colour runs.
            boolean useUp = upCost <= subCost;
            idat.write(useUp ? FILTER_UP : FILTER_SUB);
            left = 0;
            for (int x = 0; x < w; x++) {
                int p = pixels[row + x];
                int ref = useUp ? (y == 0 ? 0 : pixels[above + x]) : left;
                left = p;
                if (p == ref) {
                    idat.zeros(3);
                } else {
                    idat.write(((p >> 16) - (ref >> 16)) & 0xFF);
                    idat.write(((p >> 8) - (ref >> 8)) & 0xFF);
                    idat.write((p - ref) & 0xFF);
                }
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
