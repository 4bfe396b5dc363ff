package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.MetricsLoader;
import reportsite.source.SourceReader;

/**
 * Inputs too large to be anything but a mistake are refused with a message at the file (or the
 * declaration) that is too large, through the command line, with nothing written: files over
 * {@link SourceReader#MAX_FILE_BYTES}, more than {@link MetricsLoader#MAX_CHARTS} charts, and a
 * chart of more than 2,000 figures.
 */
class LimitsTest {

    private static final Path BASE = Path.of("src/test/resources/bad-input/_base/content");

    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        BadInputCorpusTest.copyTree(BASE, content);
        return content;
    }

    private String build(Path content) {
        MainTest.Run r = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("out").toString());
        String err = r.err().replace(tmp.toAbsolutePath() + "/", "");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written");
        return err;
    }

    private static byte[] bigYaml(long size) {
        byte[] b = new byte[(int) size];
        Arrays.fill(b, (byte) '#');
        b[b.length - 1] = '\n';
        return b;
    }

    @Test
    void aMetricsFileOverTheSizeLimit() throws IOException {
        Path content = content();
        Files.write(content.resolve("metrics.yaml"), bigYaml(SourceReader.MAX_FILE_BYTES + 1));
        assertTrue(build(content).startsWith("content/metrics.yaml: error: file too large: 4194305 bytes (the limit is 4194304)\n"
                + "    hint: split it into smaller files\n"), build(content));
    }

    @Test
    void aPageOverTheSizeLimit() throws IOException {
        Path content = content();
        byte[] page = bigYaml(SourceReader.MAX_FILE_BYTES + 1000);
        System.arraycopy("---\ntitle: Big\n---\n".getBytes(), 0, page, 0, 19);
        Files.write(content.resolve("big.md"), page);
        assertTrue(build(content).startsWith("content/big.md: error: file too large: 4195304 bytes"), build(content));
    }

    @Test
    void moreChartsThanTheLimit() throws IOException {
        Path content = content();
        StringBuilder yaml = new StringBuilder(Files.readString(content.resolve("metrics.yaml")));
        for (int i = 2; i <= MetricsLoader.MAX_CHARTS + 1; i++) {
            yaml.append("  - {id: chart-").append(i).append(", kind: line, metric: users, title: \"Chart ").append(i).append("\"}\n");
        }
        Files.writeString(content.resolve("metrics.yaml"), yaml.toString());
        String err = build(content);
        int line = 79 + MetricsLoader.MAX_CHARTS;
        assertTrue(err.startsWith("content/metrics.yaml:" + line + ":5: error: too many charts: more than 200\n"), err);
    }

    @Test
    void aChartOfMoreFiguresThanTheLimit() throws IOException {
        Path content = content();
        String yaml = Files.readString(content.resolve("metrics.yaml"));
        StringBuilder daily = new StringBuilder();
        java.time.LocalDate day = java.time.LocalDate.of(2019, 1, 1);
        for (int i = 0; i < 2001; i++, day = day.plusDays(1)) {
            daily.append("  - {entity: globex, metric: users, period: ").append(day).append(", value: ").append(i)
                    .append(", sources: [2], confidence: low}\n");
        }
        yaml = yaml.replace("fact_checks:\n", daily + "fact_checks:\n")
                + "  - {id: daily-users, kind: line, metric: users, title: Daily}\n";
        Files.writeString(content.resolve("metrics.yaml"), yaml);
        String err = build(content);
        assertTrue(err.startsWith("content/metrics.yaml:2081:5: error: chart 'daily-users' plots 2002 figures (the limit is 2000)\n"),
                err);
    }
}
