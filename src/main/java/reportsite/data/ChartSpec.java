package reportsite.data;

import java.util.List;
import java.util.Optional;
import reportsite.diag.Position;

/**
 * A chart as declared in the metrics file.
 *
 * @param entities entity ids in display order (all entities when the declaration names none)
 * @param from first calendar period to include, if limited
 * @param currency money is converted into this currency, if set
 */
public record ChartSpec(String id, ChartKind kind, List<String> metrics, List<String> entities,
                        Optional<Period> from, Optional<Period> to, Optional<String> currency,
                        String title, String caption, Position position) {

    public enum ChartKind {
        GROUPED_BAR("grouped_bar", "Bar chart"), LINE("line", "Line chart"), HBAR("hbar", "Horizontal bar chart"),
        STACKED_BAR("stacked_bar", "Stacked bar chart"), INDEXED("indexed", "Indexed line chart"),
        PLANNED_VS_ACTUAL("planned_vs_actual", "Bar chart of plans and actuals");

        private final String key;
        private final String description;

        ChartKind(String key, String description) {
            this.key = key;
            this.description = description;
        }

        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    public boolean includes(Period p) {
        return from.map(f -> !p.middle().isBefore(f.start())).orElse(true)
                && to.map(t -> !p.middle().isAfter(t.end())).orElse(true);
    }
}
