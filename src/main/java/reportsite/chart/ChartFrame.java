package reportsite.chart;

import reportsite.data.ChartSpec.ChartKind;

/**
 * The size a chart is drawn at, in CSS pixels: the column of a wide screen, or a phone's. A
 * phone's image is shown at about its own width (a 360 px screen less the page margins), so
 * its text is drawn no smaller than {@value #NARROW_FONT} px and reads at 9 CSS px or more;
 * its bars run across, one category per row, so the figures stay readable however many
 * categories the chart has.
 *
 * @param narrow true for the phone's drawing
 */
public record ChartFrame(int width, int height, boolean narrow) {

    public static final ChartFrame WIDE = new ChartFrame(720, 405, false);
    /** The width of a phone's drawing: a 360 px screen less the page's margins and the image's border. */
    public static final int NARROW_WIDTH = 320;
    /** The smallest text of a phone's drawing, in its pixels. */
    public static final float NARROW_FONT = 11f;
    /** The smallest text of the wide drawing (a crowded bar chart's value labels). */
    public static final float WIDE_FONT = 9.5f;

    /** The phone's frame of a chart: a line at 4:3, bars one row per bar plus room for the legend and axis. */
    public static ChartFrame narrow(ChartData d) {
        if (across(d)) {
            return new ChartFrame(NARROW_WIDTH, 320, true);
        }
        int categories = d.categories().size();
        boolean oneBarPerCategory = d.spec().kind() == ChartKind.HBAR || d.spec().kind() == ChartKind.STACKED_BAR
                || d.series().stream().mapToLong(s -> s.points().size()).sum() == categories;
        int bars = oneBarPerCategory ? categories : categories * Math.max(1, d.series().size());
        int legendRows = d.spec().kind() == ChartKind.HBAR ? 1 : 1 + d.series().size() / 2;
        return new ChartFrame(NARROW_WIDTH, Math.max(240, Math.min(760, 70 + 18 * legendRows + bars * 17 + categories * 10)), true);
    }

    /** True when the chart runs along the x axis on a phone too: lines and indexes. */
    static boolean across(ChartData d) {
        return d.timeAxis() || d.spec().kind() == ChartKind.INDEXED;
    }

    /** About the plot area inside the image, after the legend, the axes and the padding: for placing labels. */
    double plotWidth() {
        return width - (narrow ? 70 : 90);
    }

    double plotHeight() {
        return height - 80;
    }
}
