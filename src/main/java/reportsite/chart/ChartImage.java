package reportsite.chart;

/** The PNG files of one chart: light and dark, each at 1x and 2x, with the 1x size in pixels. */
public record ChartImage(String id, byte[] png1x, byte[] png2x, byte[] dark1x, byte[] dark2x, int width, int height) {
}
