package reportsite.social;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import reportsite.chart.ChartTheme;
import reportsite.image.PngEncoder;

/**
 * Draws one preview: a stripe in the entities' colours, the site's title, the page's title and
 * either its description or, for the home page, the key figures of each entity in a column.
 * Colours and font are the light chart theme's, so previews match the site and the charts.
 */
final class PreviewPainter {

    private static final ChartTheme THEME = ChartTheme.LIGHT;
    private static final Color ACCENT = new Color(0x0B5CAD);
    private static final Color SOFT = new Color(0xF6F8FA);
    private static final int MARGIN = 80;
    private static final int STRIPE = 14;
    private static final int BOTTOM = PreviewImages.HEIGHT - 56;
    private static final int COLUMN_GAP = 48;
    private static final int MAX_COLUMNS = 4;

    private final Graphics2D g;
    private final FontRenderContext frc;

    private PreviewPainter(Graphics2D g) {
        this.g = g;
        this.frc = g.getFontRenderContext();
    }

    static byte[] png(Preview p) {
        BufferedImage image = new BufferedImage(PreviewImages.WIDTH, PreviewImages.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            new PreviewPainter(g).paint(p);
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private void paint(Preview p) {
        g.setColor(THEME.background());
        g.fillRect(0, 0, PreviewImages.WIDTH, PreviewImages.HEIGHT);
        List<Preview.Column> columns = p.columns().subList(0, Math.min(MAX_COLUMNS, p.columns().size()));
        stripe(p.entities());
        int width = PreviewImages.WIDTH - 2 * MARGIN;
        int y = STRIPE + 40;
        if (!p.kicker().isEmpty()) {
            Font kicker = THEME.font(28f);
            y += 28;
            text(fit(p.kicker(), kicker, width), kicker, THEME.mutedText(), MARGIN, y, true);
            y += 18;
        }
        boolean figures = !columns.isEmpty();
        y = title(p.title(), width, y, figures ? 2 : 3, figures ? 52f : 64f);
        if (figures) {
            columns(columns, y + 40);
        } else if (!p.text().isEmpty()) {
            Font text = THEME.font(30f);
            int lineHeight = 44;
            y += 20;
            int legend = p.entities().isEmpty() ? 0 : 64;
            for (String line : wrap(p.text(), text, width, (BOTTOM - legend - y) / lineHeight)) {
                y += lineHeight;
                text(line, text, THEME.mutedText(), MARGIN, y, false);
            }
        }
        if (!figures) {
            legend(p.entities());
        }
    }

    /** The entities' names after squares of their colours, along the foot. */
    private void legend(List<Preview.Swatch> entities) {
        Font font = THEME.font(26f);
        int x = MARGIN;
        for (Preview.Swatch e : entities) {
            int w = (int) Math.ceil(width(e.name(), font));
            if (x + 34 + w > PreviewImages.WIDTH - MARGIN) {
                break;
            }
            g.setColor(Color.decode(e.colour()));
            g.fillRect(x, BOTTOM - 22, 22, 22);
            text(e.name(), font, THEME.text(), x + 34, BOTTOM, false);
            x += 34 + w + 40;
        }
    }

    /** Equal bands in the entities' colours along the top; the site's accent without entities. */
    private void stripe(List<Preview.Swatch> columns) {
        if (columns.isEmpty()) {
            g.setColor(ACCENT);
            g.fillRect(0, 0, PreviewImages.WIDTH, STRIPE);
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            int x0 = PreviewImages.WIDTH * i / columns.size();
            int x1 = PreviewImages.WIDTH * (i + 1) / columns.size();
            g.setColor(Color.decode(columns.get(i).colour()));
            g.fillRect(x0, 0, x1 - x0, STRIPE);
        }
    }

    /** The title, as large as fits in {@code maxLines}; returns the baseline of its last line. */
    private int title(String title, int width, int y, int maxLines, float largest) {
        Font font = THEME.font(largest);
        for (float size = largest; size >= 44f; size -= 6f) {
            font = THEME.font(size);
            if (wrap(title, font, width, Integer.MAX_VALUE).size() <= maxLines) {
                break;
            }
        }
        int lineHeight = Math.round(font.getSize2D() * 1.18f);
        for (String line : wrap(title, font, width, maxLines)) {
            y += lineHeight;
            text(line, font, THEME.text(), MARGIN, y, true);
        }
        return y;
    }

    /** One column per entity on a soft panel: its name, then its figures. */
    private void columns(List<Preview.Column> columns, int top) {
        int n = columns.size();
        int width = (PreviewImages.WIDTH - 2 * MARGIN - (n - 1) * COLUMN_GAP) / n;
        g.setColor(SOFT);
        g.fillRect(0, top, PreviewImages.WIDTH, PreviewImages.HEIGHT - top);
        Font name = THEME.font(30f);
        for (int i = 0; i < n; i++) {
            Preview.Column c = columns.get(i);
            int x = MARGIN + i * (width + COLUMN_GAP);
            g.setColor(Color.decode(c.colour()));
            g.fillRect(x, top + 28, 8, PreviewImages.HEIGHT - top - 56);
            int y = top + 60;
            text(fit(c.name(), name, width - 24), name, THEME.text(), x + 24, y, true);
            int rowHeight = c.figures().isEmpty() ? 0 : Math.min(90, (PreviewImages.HEIGHT - 28 - y) / c.figures().size());
            for (Preview.Figure f : c.figures()) {
                figure(f, x + 24, y, width - 24, rowHeight);
                y += rowHeight;
            }
        }
    }

    /** A label line, then the value with its period after it, at the foot of a row. */
    private void figure(Preview.Figure f, int x, int top, int width, int rowHeight) {
        Font label = THEME.font(21f);
        Font value = THEME.font(34f);
        int baseline = top + rowHeight - 4;
        text(fit(f.label(), label, width), label, THEME.mutedText(), x, baseline - 42, false);
        String v = fit(f.value(), value, width);
        text(v, value, THEME.text(), x, baseline, true);
        int after = x + (int) Math.ceil(width(v, value)) + 12;
        if (!f.period().isEmpty() && after + width(f.period(), label) <= x + width) {
            text(f.period(), label, THEME.mutedText(), after, baseline, false);
        }
    }

    /**
     * Draws text; bold text is its outline filled and stroked, since only the regular face of
     * the font is shipped and Java draws a derived bold face no heavier than the regular one.
     */
    private void text(String s, Font font, Color colour, int x, int y, boolean bold) {
        g.setColor(colour);
        if (!bold) {
            g.setFont(font);
            g.drawString(s, x, y);
            return;
        }
        Shape outline = font.createGlyphVector(frc, s).getOutline(x, y);
        g.fill(outline);
        g.setStroke(new BasicStroke(font.getSize2D() / 28f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
    }

    private double width(String s, Font font) {
        return font.getStringBounds(s, frc).getWidth();
    }

    /** The text cut with an ellipsis so that it fits the width. */
    private String fit(String s, Font font, int width) {
        if (width(s, font) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && width(s.substring(0, end).stripTrailing() + "…", font) > width) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }

    /** Words wrapped into lines of the width; the last line ends with an ellipsis if text is left over. */
    private List<String> wrap(String text, Font font, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (maxLines <= 0) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, font) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines.size() + 1 == maxLines) {
                lines.add(fit(line + " " + String.join(" ", List.of(words).subList(i, words.length)), font, width));
                return lines;
            }
            lines.add(fit(line.toString(), font, width));
            line.setLength(0);
            line.append(words[i]);
        }
        if (!line.isEmpty()) {
            lines.add(fit(line.toString(), font, width));
        }
        return lines;
    }
}
