package reportsite.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Colours and the font of the charts, matching the site's CSS. The font is shipped with the
 * program (DejaVu Sans, see fonts/LICENSE-DejaVu.txt) so text renders the same everywhere.
 */
public record ChartTheme(String name, Color background, Color text, Color mutedText, Color grid, Color axis) {

    public static final ChartTheme LIGHT = new ChartTheme("light", new Color(0xFFFFFF), new Color(0x1F2328),
            new Color(0x57606A), new Color(0xE4E7EB), new Color(0x8C959F));
    public static final ChartTheme DARK = new ChartTheme("dark", new Color(0x161B22), new Color(0xE6EDF3),
            new Color(0x9DA7B3), new Color(0x30363D), new Color(0x6E7681));

    private static final Font BASE = loadFont();

    private static Font loadFont() {
        try (InputStream in = ChartTheme.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public Font font(float size) {
        return BASE.deriveFont(size);
    }

    public Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    /** An entity colour adjusted for this theme: dark backgrounds get lighter tones. */
    public Color series(String hex) {
        Color c = Color.decode(hex);
        if (this == DARK) {
            float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
            return Color.getHSBColor(hsb[0], hsb[1] * 0.85f, Math.min(1f, hsb[2] * 0.85f + 0.25f));
        }
        return c;
    }
}
