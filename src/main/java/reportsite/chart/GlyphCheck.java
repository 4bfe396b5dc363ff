package reportsite.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reportsite.diag.Diagnostics;

/**
 * Every text a chart draws, checked against the font that draws it. A font loaded from a file
 * gets no fallback in Java2D, so a character it lacks is drawn as an empty box: an error at the
 * chart's declaration, naming the text and the characters, rather than a chart with boxes in it.
 */
public final class GlyphCheck {

    private GlyphCheck() {
    }

    /** Reports each chart of {@code plans} that draws a character {@code theme}'s font lacks. */
    public static void check(Map<String, ChartData> plans, ChartTheme theme, Diagnostics diagnostics) {
        Font font = theme.font(12f);
        for (ChartData chart : plans.values()) {
            Set<String> reported = new LinkedHashSet<>();
            for (String text : drawn(chart)) {
                String missing = missing(font, text);
                if (!missing.isEmpty() && reported.add(text)) {
                    diagnostics.error(chart.spec().position(), "chart '" + chart.spec().id() + "' draws '" + text
                            + "', but its font has no " + missing, "write the text without "
                            + (missing.codePointCount(0, missing.length()) == 1 ? "that character" : "those characters")
                            + " (in metrics.yaml or templates/i18n), or add them to the font with tools/cjk-font.sh", "");
                }
            }
        }
    }

    /**
     * The texts a chart draws: axis categories and unit, series names, figure labels, legend
     * words, events; and in the image for sharing its title, subtitle, publishers and footer words.
     */
    static List<String> drawn(ChartData chart) {
        List<String> texts = new ArrayList<>(chart.categories());
        texts.add(chart.unit());
        texts.add(chart.spec().title());
        texts.add(ShareImage.firstSentence(chart.spec().caption()));
        texts.addAll(chart.credit().publishers());
        chart.spec().events().forEach(e -> texts.add(e.label()));
        for (ChartData.Series s : chart.series()) {
            texts.add(s.name());
            s.points().forEach(p -> texts.add(p.label()));
        }
        chart.words().text().forEach((key, text) -> {
            if (key.startsWith("chart.legend.") || key.startsWith("chart.share.")) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** The characters of {@code text} that {@code font} cannot draw, each once, quoted. */
    static String missing(Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !font.canDisplay(c)).distinct()
                .forEach(c -> out.append(out.length() == 0 ? "" : ", ").append('\'').appendCodePoint(c).append('\'')
                        .append(String.format(" (U+%04X)", c)));
        return out.toString();
    }
}
