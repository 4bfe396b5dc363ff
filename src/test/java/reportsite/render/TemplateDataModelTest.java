package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.BuildResult;
import reportsite.build.MiniSite;
import reportsite.build.SiteBuilder;
import reportsite.config.BuildConfig;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;

/** Template authors reach any figure by id, already formatted. */
class TemplateDataModelTest {

    @Test
    void figuresByMetricAndEntity(@TempDir Path templates) throws IOException {
        Diagnostics d = new Diagnostics();
        Dataset data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), d)
                .orElseThrow(), d);
        Files.writeString(templates.resolve("t.ftlh"), "${data.metric.capex.label}|${data.metric.capex.latest.google.text}"
                + "|${data.metric.capex.series.alibaba?size}|${data.entity.alibaba.short}|${data.source['17'].publisher}"
                + "|<#if data.metric.monthly_tokens.latest.alibaba??>yes<#else>none</#if>");
        String out = new TemplateEngine(templates).render("t.ftlh", Map.of("data", new DataViews(data).templateModel()), d)
                .orElseThrow();
        assertFalse(d.hasErrors(), () -> d.all().toString());
        assertEquals("Capital expenditure|US$35.7 bn|6|Alibaba|PYMNTS|none", out);
    }

    /** The model a page's layout gets: {@code data} is there, made when the template first reads it. */
    @Test
    void aPageLayoutReadsTheData(@TempDir Path root) throws IOException {
        MiniSite site = new MiniSite(root);
        Path templates = root.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        Path page = templates.resolve("page.ftlh");
        Files.writeString(page, Files.readString(page).replace("<h1", "<p id=\"from-data\">${data.metric.capex.label}: "
                + "${data.metric.capex.latest.acme.text}; ${data.entity?keys?size} entities</p><h1"));
        BuildResult r = new SiteBuilder(new BuildConfig(site.content(), templates, site.out(), false, false, true)).build();
        assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
        Document doc = Jsoup.parse(Files.readString(site.out().resolve("index.html")));
        assertEquals("Capital expenditure: CN¥38.68 bn; 2 entities", doc.getElementById("from-data").text());
    }
}
