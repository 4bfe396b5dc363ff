package reportsite.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import reportsite.image.PngEncoder;

/**
 * The image of a chart for sharing, which says what it is once it has left the page: the
 * chart's title, a one-line subtitle (the first sentence of its caption), the chart, and under
 * it "Source: …" with the publishers and "Data as of …", in the edition's words and font,
 * {@value #PIXELS} pixels wide: the page's wide layout, {@value #WIDTH} px, drawn larger, so
 * that the chart is the one on the page. Light theme.
 */
final class ShareImage {

    static final int WIDTH = 744;
    static final int PIXELS = 1200;
    private static final double SCALE = PIXELS / (double) WIDTH;
    private static final int MARGIN = 24;
    private static final ChartFrame CHART = ChartFrame.WIDE;

    private ShareImage() {
    }

    static byte[] draw(ChartData data) {
        ChartTheme theme = ChartTheme.LIGHT.in(data.language());
        Font title = theme.bold(20f);
        Font subtitle = theme.font(13.5f);
        Font small = theme.font(12f);
        int width = WIDTH - 2 * MARGIN;
        List<String> titleLines = wrap(title, data.spec().title(), width);
        int subtitleBaseline = MARGIN + 20 + 26 * (titleLines.size() - 1) + 24;
        int chartTop = subtitleBaseline + 12;
        int footerTop = chartTop + CHART.height() + 8;
        int height = footerTop + 2 * 19 + MARGIN - 6;
        BufferedImage image = new BufferedImage(PIXELS, (int) Math.ceil(height * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(theme.background());
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            for (int i = 0; i < titleLines.size(); i++) {
                text(g, title, theme.text(), titleLines.get(i), MARGIN + 20 + 26 * i);
            }
            text(g, subtitle, theme.mutedText(), fit(g, subtitle, firstSentence(data.spec().caption()), width), subtitleBaseline);
            ChartRenderer.build(data, ChartTheme.LIGHT, CHART).draw(g, new Rectangle2D.Double(MARGIN / 2.0, chartTop, CHART.width(), CHART.height()));
            g.setPaint(theme.grid());
            g.draw(new Line2D.Double(MARGIN, footerTop, WIDTH - MARGIN, footerTop));
            ChartWords w = data.words();
            text(g, small, theme.mutedText(), fit(g, small, w.format("chart.share.source", "publishers",
                    publishers(g, small, data, width)), width), footerTop + 17);
            if (!data.credit().asOf().isEmpty()) {
                text(g, small, theme.mutedText(), w.format("chart.share.as_of", "date", data.credit().asOf()), footerTop + 17 + 19);
            }
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static void text(Graphics2D g, Font font, java.awt.Color colour, String s, int baseline) {
        g.setFont(font);
        g.setPaint(colour);
        g.drawString(s, MARGIN, baseline);
    }

    /** As many publishers as fit on the line, then "and N more". */
    static String publishers(Graphics2D g, Font font, ChartData data, int width) {
        ChartWords w = data.words();
        List<String> all = data.credit().publishers();
        String separator = w.get("chart.separator.list");
        FontMetrics m = g.getFontMetrics(font);
        for (int shown = all.size(); shown > 0; shown--) {
            String list = String.join(separator, all.subList(0, shown));
            String line = shown == all.size() ? list : w.format("chart.share.more", "list", list, "n", String.valueOf(all.size() - shown));
            if (m.stringWidth(w.format("chart.share.source", "publishers", line)) <= width) {
                return line;
            }
        }
        return all.isEmpty() ? "" : w.format("chart.share.more", "list", all.get(0), "n", String.valueOf(all.size() - 1));
    }

    /** The caption's first sentence: up to the first full stop, Latin or Chinese. */
    static String firstSentence(String caption) {
        int latin = caption.indexOf(". ");
        int chinese = caption.indexOf('。');
        int end = latin < 0 ? chinese : chinese < 0 ? latin : Math.min(latin, chinese);
        return end < 0 ? caption : caption.substring(0, end + 1);
    }

    /**
     * A title on at most two lines: broken between words, or between characters in a script
     * without spaces; a second line that does not fit ends in an ellipsis.
     */
    static List<String> wrap(Font font, String s, int width) {
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        if (m.stringWidth(s) <= width) {
            return List.of(s);
        }
        int cut = s.length();
        while (cut > 1 && m.stringWidth(s.substring(0, cut)) > width) {
            cut--;
        }
        int space = s.lastIndexOf(' ', cut);
        int at = s.contains(" ") && space > 0 ? space : cut;
        String rest = s.substring(at).strip();
        String second = m.stringWidth(rest) <= width ? rest : fit(m, rest, width);
        return List.of(s.substring(0, at).strip(), second);
    }

    static String fit(Graphics2D g, Font font, String s, int width) {
        return fit(g.getFontMetrics(font), s, width);
    }

    /** {@code s}, cut with an ellipsis where it would run past {@code width}. */
    private static String fit(FontMetrics m, String s, int width) {
        if (m.stringWidth(s) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && m.stringWidth(s.substring(0, end).stripTrailing() + "…") > width) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }
}
