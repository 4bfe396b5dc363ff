package reportsite.content;

import java.util.Map;
import java.util.Optional;
import reportsite.chart.ChartData;
import reportsite.data.Dataset;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;

/** For tests and benches: a page compiled as the pipeline compiles one of the default edition. */
public final class Compiling {

    private Compiling() {
    }

    public static PageCompiler compiler(Dataset data, Map<String, ChartData> charts, Embeds embeds, boolean safe) {
        return new PageCompiler(data, charts, embeds, new MarkdownRenderer(safe));
    }

    /** Front matter, then body; empty after errors in the front matter (reported to {@code d}). Drafts are compiled too. */
    public static Optional<Page> compile(PageCompiler compiler, SourceFile file, Diagnostics d) {
        return FrontMatterParser.parse(file, "", d).map(parsed -> compiler.compile(file, parsed, d));
    }
}
