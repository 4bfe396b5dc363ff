package reportsite.build;

import java.util.List;
import java.util.Map;
import reportsite.chart.ChartImage;
import reportsite.render.SiteRenderer;

/**
 * What one edition made: its pages, the pages made from its data, its chart images and preview
 * images (paths without the edition's folder).
 *
 * @param pairs its Markdown pages by file name under its folder → output path
 * @param used the ids of the charts its pages show, sorted
 */
record EditionOutput(Keyed<EditionContext> edition, Map<String, String> pairs, List<RenderedPage> pages, SiteRenderer.DataPages dataPages,
                     List<String> used, Map<String, ChartImage> drawn, Map<String, byte[]> previews) {

    EditionContext context() {
        return edition.value();
    }
}
