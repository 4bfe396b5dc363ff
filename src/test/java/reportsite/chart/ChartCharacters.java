package reportsite.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every character a chart of the Chinese edition can draw: printable ASCII and the signs the
 * formatter uses, the words of the Chinese number and period formats, the signs the planner adds,
 * and the interface strings of {@code templates/i18n/zh.yaml} (its {@code chart:} section holds
 * the words charts draw: legend marks, index axis). The subset font holds these and the test checks it does.
 * and the Chinese texts of {@code content/metrics.yaml} that charts draw ({@link #DRAWN}).
 */
final class ChartCharacters {

    /** What ValueFormatter with Language.ZH writes around digits (kept in step with ChineseValues). */
    static final String FORMAT_WORDS = "万亿元美欧英镑日港韩印度卢比约超过低于不低于年月日财第一二三四季度（）–−≈%＋+<>.,·…：，。、；";

    /** What the chart planner writes itself beside a figure: † marks one after the as-of date. */
    static final String CHART_SIGNS = "†";

    /** Sections of the interface strings that only prose and the claims page use, never a chart. */
    static final java.util.Set<String> PROSE_ONLY = java.util.Set.of("ledger", "judged", "change");

    private ChartCharacters() {
    }

    /** The characters, sorted and without repeats. */
    static String all(Path project) throws IOException {
        TreeSet<Integer> cps = new TreeSet<>();
        for (int c = 0x20; c < 0x7F; c++) {
            cps.add(c);
        }
        FORMAT_WORDS.codePoints().forEach(cps::add);
        CHART_SIGNS.codePoints().forEach(cps::add);
        Path ui = project.resolve("templates/i18n/zh.yaml");
        if (Files.exists(ui)) {
            try (Reader r = Files.newBufferedReader(ui, StandardCharsets.UTF_8)) {
                Object strings = new Load(LoadSettings.builder().build()).loadFromReader(r);
                if (strings instanceof Map<?, ?> m) {
                    m.forEach((section, v) -> {
                        if (!PROSE_ONLY.contains(String.valueOf(section))) {
                            collect(v, cps);
                        }
                    });
                }
            }
        }
        Path metrics = project.resolve("content/metrics.yaml");
        if (Files.exists(metrics)) {
            try (Reader r = Files.newBufferedReader(metrics, StandardCharsets.UTF_8)) {
                collectDrawn(new Load(LoadSettings.builder().build()).loadFromReader(r), cps);
            }
        }
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The texts of metrics.yaml that a chart draws (legend, axis unit, series of a plan chart, a value's words; title and caption in the image for sharing), in Chinese. */
    static final java.util.Set<String> DRAWN = java.util.Set.of("name", "short", "label", "noun", "title", "caption", "text", "publisher");

    private static void collectDrawn(Object node, TreeSet<Integer> cps) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (DRAWN.contains(String.valueOf(k)) && v instanceof Map<?, ?> byLanguage && byLanguage.get("zh") instanceof String zh) {
                    collect(zh, cps);
                } else {
                    collectDrawn(v, cps);
                }
            });
        } else if (node instanceof Iterable<?> list) {
            list.forEach(v -> collectDrawn(v, cps));
        }
    }

    private static void collect(Object node, TreeSet<Integer> cps) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, cps));
        } else if (node instanceof Iterable<?> list) {
            list.forEach(v -> collect(v, cps));
        } else if (node instanceof String s) {
            s.codePoints().filter(c -> !Character.isWhitespace(c) || c == ' ').forEach(cps::add);
        }
    }
}
