package reportsite.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A lean PNG writer for opaque RGB images (the charts and the social preview images). ImageIO's writer spends several times longer than
 * JFreeChart takes to draw a chart; charts are mostly flat colour, so one fixed row filter
 * ("Up", which turns runs of identical rows into zeros) and a deflate level 4 (levels 1-3 gave 30% larger files here) give files of
 * about the same size in a fraction of the time. No time or text chunks: equal pixels give
 * equal bytes.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;

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
        byte[] raw = new byte[h * (1 + 3 * w)];
        int pos = 0;
        for (int y = 0; y < h; y++) {
            raw[pos++] = FILTER_UP;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = pixels[row + x];
                int q = y == 0 ? 0 : pixels[row - w + x];
                raw[pos++] = (byte) (((p >> 16) & 0xFF) - ((q >> 16) & 0xFF));
                raw[pos++] = (byte) (((p >> 8) & 0xFF) - ((q >> 8) & 0xFF));
                raw[pos++] = (byte) ((p & 0xFF) - (q & 0xFF));
            }
        }
        Deflater deflater = new Deflater(4);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                idat.write(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
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
