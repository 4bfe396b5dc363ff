package reportsite.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reportsite.content.Page;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.diag.Diagnostics;
import reportsite.i18n.UiStrings;

/** For tests and benches: every page of an English site laid out at once, the data pages too, as the pipeline lays them out. */
public final class RenderAll {

    private RenderAll() {
    }

    /** Output path → HTML bytes, sorted by path. */
    public static Map<String, byte[]> render(TemplateEngine engine, Dataset data, List<Page> pages, Diagnostics diagnostics) {
        SiteRenderer renderer = new SiteRenderer(engine, data, List.of(), Edition.of(Language.EN, true, UiStrings.shipped()), List.of());
        List<reportsite.content.PageOutline> outlines = pages.stream().map(Page::outline).toList();
        List<Map<String, Object>> nav = renderer.navigation(outlines);
        Map<String, byte[]> out = new TreeMap<>();
        pages.forEach(p -> renderer.page(p, nav, diagnostics).ifPresent(html -> out.put(p.outputPath(), html)));
        FigureUses uses = FigureUses.of(Map.of(), pages.stream()
                .map(p -> new FigureUses.PageFigures(p.outputPath(), p.figures(), p.charts())).toList());
        out.putAll(renderer.dataPages(outlines, nav, uses, List.of(), diagnostics).files());
        return out;
    }
}
