package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
