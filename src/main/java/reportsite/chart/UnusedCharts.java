package reportsite.chart;

import java.util.List;
import reportsite.data.ChartSpec;
import reportsite.data.Dataset;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Severity;

/** A chart declared but placed on no page is most likely a forgotten {@code {{ chart id }}}. */
public final class UnusedCharts {

    private UnusedCharts() {
    }

    public static void warn(Dataset data, List<String> used, Diagnostics diagnostics) {
        for (ChartSpec spec : data.charts()) {
            if (!used.contains(spec.id())) {
                diagnostics.add(new Diagnostic(Severity.WARNING, spec.position(),
                        "chart '" + spec.id() + "' is declared but no page shows it", "place it with {{ chart " + spec.id() + " }}", ""));
            }
        }
    }
}
