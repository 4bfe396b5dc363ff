package reportsite.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import reportsite.data.ChartSpec;
import reportsite.data.FxRate;
import reportsite.data.Language;
import reportsite.data.Observation;

/**
 * What a chart shows, ready to draw and to describe: categories in order, one series per
 * entity (or per metric), the unit, the FX rates used and the sources behind the figures.
 *
 * @param categories x-axis labels in order (calendar periods, dates or entity names)
 * @param unit axis label, e.g. "US$ bn"
 * @param decimals the one number of decimals of the chart's labels ({@link ChartPrecision}); ticks show no more
 * @param timeAxis true when points are placed on a calendar time axis (line charts)
 * @param language the edition the chart is planned for: its texts are in this language, and
 *     the same chart in two editions has two cache keys
 * @param words the edition's words for the texts made from this data (alt text, notes, legend)
 * @param credit what the image for sharing says of itself
 */
public record ChartData(ChartSpec spec, List<String> categories, List<Series> series, String unit, int decimals,
                        List<FxRate> ratesUsed, List<Integer> sources, boolean timeAxis, Language language,
                        ChartWords words, Credit credit) {

    /**
     * @param publishers the publishers of the chart's sources, in the order of the sources, once each
     * @param asOf the data's as-of date in the edition's words, or ""
     */
    public record Credit(List<String> publishers, String asOf) {
    }

    /** One line or set of bars. */
    public record Series(String name, String colour, List<Point> points) {
    }

    /**
     * One figure.
     *
     * @param value the number drawn (a bound or the middle of a range)
     * @param label the figure as drawn on the chart, with its qualifier ("> 100", "91–93")
     * @param text the figure in words for alt text, tables and CSV, with unit ("> CN¥100 bn")
     * @param exact false for bounds, approximations and ranges, which are drawn marked
     * @param rate the FX rate the figure was converted at, if it was
     */
    public record Point(String category, java.time.LocalDate when, BigDecimal value, String label, String text, boolean exact,
                        Optional<Observation> observation, Optional<FxRate> rate) {

        /** True when the figure was computed from others rather than reported; drawn striped or as a diamond. */
        public boolean derived() {
            return observation.map(Observation::isDerived).orElse(false);
        }
    }
}
