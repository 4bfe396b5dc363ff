package reportsite.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PreviewImagesTest {

    static final List<Preview.Swatch> ENTITIES = List.of(new Preview.Swatch("Acme", "#E8590C"), new Preview.Swatch("Globex", "#1A73E8"));

    static final Preview HOME = new Preview("index.html", "Figures as of 2025-11-28", "Acme and Globex compared", "",
            ENTITIES, List.of(
                    new Preview.Column("Acme", "#E8590C", List.of(new Preview.Figure("Capital expenditure", "CN¥38.68 bn", "FY2026 Q1"),
                            new Preview.Figure("Cloud revenue", "CN¥33.4 bn", "FY2026 Q1"))),
                    new Preview.Column("Globex", "#1A73E8", List.of(new Preview.Figure("Capital expenditure", "US$24 bn", "Q3 2025")))));

    static final Preview LONG = new Preview("posts/long.html", "Mini report", "A title far too long for three lines of "
            + "large type, ".repeat(8), "And a description that goes on and on. ".repeat(20), ENTITIES, List.of());

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void imagesAre1200By630AndNamedAfterThePage() throws IOException {
        Map<String, byte[]> files = PreviewImages.render(List.of(HOME, LONG));

        assertEquals(List.of("social/index.png", "social/posts/long.png"), List.copyOf(files.keySet()));
        for (byte[] png : files.values()) {
            BufferedImage image = decode(png);
            assertEquals(1200, image.getWidth());
            assertEquals(630, image.getHeight());
        }
    }

    @Test
    void theSamePreviewGivesTheSameBytes() {
        byte[] first = PreviewPainter.png(HOME);
        assertArrayEquals(first, PreviewPainter.png(HOME));
        assertArrayEquals(PreviewPainter.png(LONG), PreviewImages.render(List.of(LONG)).get("social/posts/long.png"));
        assertFalse(Arrays.equals(first, PreviewPainter.png(LONG)));
    }

    @Test
    void theStripeHasTheEntitiesColours() throws IOException {
        BufferedImage image = decode(PreviewPainter.png(HOME));
        assertEquals(0xE8590C, image.getRGB(100, 5) & 0xFFFFFF);
        assertEquals(0x1A73E8, image.getRGB(1100, 5) & 0xFFFFFF);
        BufferedImage plain = decode(PreviewPainter.png(new Preview("a.html", "", "A", "", List.of(), List.of())));
        assertEquals(0x0B5CAD, plain.getRGB(600, 5) & 0xFFFFFF);
    }
}
