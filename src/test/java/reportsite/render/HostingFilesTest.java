package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostingFilesTest {

    @Test
    void aChineseSlugIsPercentEncodedAndMarkupIsEscaped() {
        String xml = HostingFiles.sitemap(List.of("报告.html", "index.html", "404.html", "a.png"), "https://example.org/a&b/", java.util.Map.of());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/a&amp;b/</loc></url>
                  <url><loc>https://example.org/a&amp;b/%E6%8A%A5%E5%91%8A.html</loc></url>
                </urlset>
                """, xml);
    }
}
