package reportsite.chart;

import java.util.Optional;

/** Where drawn images are kept between builds, by {@link ChartCache#key} of what they show. */
public interface ChartStore {

    /** The key of {@code data}'s images (a hash of all that is drawn). */
    default String keyOf(ChartData data) {
        return ChartCache.key(data);
    }

    Optional<ChartImage> load(String key, String id);

    void store(String key, ChartImage image);
}
