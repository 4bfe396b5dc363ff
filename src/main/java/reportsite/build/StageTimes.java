package reportsite.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per stage, for {@code --timings}: where a slow build spends its time. */
final class StageTimes {

    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    Map<String, Long> laps() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(laps));
    }
}
