package reportsite.chart;

/**
 * The PNG files of one chart: light and dark, each at 1x and 2x, with the 1x size in pixels, and
 * the phone's drawing ({@link ChartFrame#narrow}) and the image for sharing ({@link ShareImage}).
 */
public record ChartImage(String id, byte[] png1x, byte[] png2x, byte[] dark1x, byte[] dark2x, int width, int height,
                         Narrow narrow, byte[] share) {

    /** The phone's drawing, light and dark, at 2x, with its size in CSS pixels. */
    public record Narrow(byte[] light2x, byte[] dark2x, int width, int height) {
        public static final Narrow NONE = new Narrow(new byte[0], new byte[0], 0, 0);
    }

    /** A chart without a phone's drawing (a build that draws nothing, a test). */
    public ChartImage(String id, byte[] png1x, byte[] png2x, byte[] dark1x, byte[] dark2x, int width, int height) {
        this(id, png1x, png2x, dark1x, dark2x, width, height, Narrow.NONE, new byte[0]);
    }
}
