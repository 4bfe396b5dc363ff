package reportsite.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PNG from {@link PngEncoder} decodes, with ImageIO, to exactly the pixels encoded, and its one
 * IDAT chunk inflates, with zlib's own checks, to exactly the filtered rows.
 */
class PngEncoderTest {

    private static void assertDecodesTo(BufferedImage image) throws IOException {
        byte[] png = PngEncoder.encode(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertArrayEquals(png, PngEncoder.encode(image), "the same pixels give the same bytes");
        assertArrayEquals(PngEncoder.filter(image), inflate(idat(png)), "IDAT inflates to the filtered rows");
    }

    /** The data of the PNG's IDAT chunk, after checking that the chunks are IHDR, IDAT, IEND with valid CRCs. */
    private static byte[] idat(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        byte[] idat = null;
        while (in.hasRemaining()) {
            byte[] type = new byte[4];
            byte[] data = new byte[in.getInt()];
            in.get(type).get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertEquals((int) crc.getValue(), in.getInt(), "CRC of " + new String(type, StandardCharsets.US_ASCII));
            types.add(new String(type, StandardCharsets.US_ASCII));
            if (types.get(types.size() - 1).equals("IDAT")) {
                idat = data;
            }
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), types);
        return idat;
    }

    private static byte[] inflate(byte[] zlib) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    fail("the zlib stream ends early");
                }
                out.write(buf, 0, n);
            }
            assertEquals(0, inflater.getRemaining(), "bytes after the zlib stream");
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new AssertionError("not a valid zlib stream (or its Adler-32 is wrong): " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 9})
    void everyLevelDecodesToTheSamePixels(int level) throws IOException {
        BufferedImage img = new BufferedImage(97, 41, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(level);
        for (int i = 0; i < 300; i++) {
            img.setRGB(r.nextInt(97), r.nextInt(41), r.nextInt(0x1000000));
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img, level)));
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    /** Flat shapes, antialiased lines and text, and noisy patches: what charts hold, and worse. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void drawnImagesComeBackPixelForPixel(int seed) throws IOException {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(1 + r.nextInt(400), 1 + r.nextInt(300), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(r.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            int x = r.nextInt(img.getWidth());
            int y = r.nextInt(img.getHeight());
            switch (i % 3) {
                case 0 -> g.fillRect(x, y, r.nextInt(100), r.nextInt(100));
                case 1 -> g.drawLine(x, y, r.nextInt(img.getWidth()), r.nextInt(img.getHeight()));
                default -> g.drawString("Q3 2025 US$24.5 bn", x, y);
            }
        }
        g.dispose();
        for (int i = 0; i < 200; i++) {
            img.setRGB(r.nextInt(img.getWidth()), r.nextInt(img.getHeight()), r.nextInt(0x1000000));
        }
        assertDecodesTo(img);
    }

    @Test
    void oneColourAndOnePixel() throws IOException {
        assertDecodesTo(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        BufferedImage flat = new BufferedImage(1440, 810, BufferedImage.TYPE_INT_RGB);
        assertDecodesTo(flat);
    }

    /**
     * The bytes, not only the pixels, must be the same on every machine, since the generated site
     * is compared byte for byte. Deflater uses the zlib the JDK is linked with: these are the bytes
     * of zlib 1.2.13 (Debian 12's, with OpenJDK 17); mainline zlib has deflated alike for years, but
     * a fork such as zlib-ng may not. Flat shapes only, so that antialiasing and fonts play no part.
     */
    @Test
    void theBytesAreThoseOfMainlineZlib() throws Exception {
        BufferedImage img = new BufferedImage(720, 405, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 720, 405);
        int[] colours = {0xE8590C, 0x1A73E8, 0x2B8A3E, 0x862E9C};
        for (int i = 0; i < 24; i++) {
            g.setColor(new Color(colours[i % 4]));
            g.fillRect(40 + i * 27, 380 - 13 * i, 20, 13 * i);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(30, 380 - 15 * i, 700, 380 - 15 * i);
        }
        g.dispose();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PngEncoder.encode(img)));
        assertEquals("1d529fbb467e1c6db5f0020f4c9f0735b2d4ded2050593e9913a9d8d0a8798f3", sha, "this JDK's zlib deflates differently from mainline zlib: the pixels are"
                + " the same, but the PNG bytes (and so the built site) will differ from other machines'");
    }

    @Test
    void imagesOtherThanRgbAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
    }
}
