package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A PNG from {@link PngEncoder} decodes, with ImageIO, to exactly the pixels encoded. */
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

    @Test
    void imagesOtherThanRgbAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
    }
}
