package reportsite.chart;

/** Where a chart's files go in the output. */
public final class ChartFiles {

    public static final String DIR = "charts/";

    private ChartFiles() {
    }

    public static String png(String id) {
        return DIR + id + ".png";
    }

    public static String png2x(String id) {
        return DIR + id + "@2x.png";
    }

    public static String dark(String id) {
        return DIR + id + "-dark.png";
    }

    public static String dark2x(String id) {
        return DIR + id + "-dark@2x.png";
    }

    /** The phone's drawing, at 2x. */
    public static String narrow2x(String id) {
        return DIR + id + "-narrow@2x.png";
    }

    public static String narrowDark2x(String id) {
        return DIR + id + "-narrow-dark@2x.png";
    }

    /** The image for sharing: title, subtitle, chart, sources and date, 1200 px wide. */
    public static String share(String id) {
        return DIR + id + "-share.png";
    }

    public static String csv(String id) {
        return DIR + id + ".csv";
    }
}
