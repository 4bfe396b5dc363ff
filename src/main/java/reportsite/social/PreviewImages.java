package reportsite.social;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The preview images of a site: where each page's image goes, and its PNG bytes. */
public final class PreviewImages {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private PreviewImages() {
    }

    /** The image of a page: {@code investment.html} → {@code social/investment.png}. */
    public static String path(String page) {
        String slug = page.endsWith(".html") ? page.substring(0, page.length() - ".html".length()) : page;
        return "social/" + slug + ".png";
    }

    /** Output path → PNG bytes for every preview, drawn in parallel. */
    public static Map<String, byte[]> render(List<Preview> previews) {
        Map<String, byte[]> out = new TreeMap<>();
        previews.parallelStream().map(p -> Map.entry(path(p.page()), PreviewPainter.png(p)))
                .toList().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
