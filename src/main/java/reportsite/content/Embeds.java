package reportsite.content;

import java.util.List;
import reportsite.chart.ChartData;
import reportsite.data.FactCheck;
import reportsite.data.Metric;
import reportsite.i18n.UiStrings;

/**
 * Renders the block embeds of a page. The content stage decides what goes where and how it is
 * numbered; the implementation (templates) decides how it looks.
 */
public interface Embeds {

    String chart(int number, ChartData chart);

    String table(int number, String id, List<Metric> metrics);

    String keyFigures();

    /** @param findingHtml the finding with its directives already resolved */
    String factCheck(FactCheck check, String findingHtml);

    /** The interface strings of the edition the embeds are rendered for ("Figure {n}", tooltips). */
    UiStrings ui();
}
