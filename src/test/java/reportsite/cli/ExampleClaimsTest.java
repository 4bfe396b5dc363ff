package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's words follow its data: a data edit that makes one of its comparative sentences
 * false stops the build at that sentence, with the values that decide it, and writes nothing.
 */
class ExampleClaimsTest {

    @TempDir
    Path tmp;

    @Test
    void aDataEditThatFalsifiesAClaimFailsTheBuildAtTheSentence() throws IOException {
        Path content = MainTest.copyOfExample(tmp);
        Path metrics = content.resolve("metrics.yaml");
        // Google's quarterly capex cut to almost nothing: "Google spends far more" is no longer true. Every quarter
        // is cut, since the claim is judged on the newest quarter both companies have, not Google's newest.
        List<String> lines = Files.readAllLines(metrics);
        int cut = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*- \\{entity: google, metric: capex, period: 20\\d\\d-Q\\d, value: [0-9.]+,.*")) {
                lines.set(i, lines.get(i).replaceFirst("value: [0-9.]+,", "value: 0.5,"));
                cut++;
            }
        }
        assertTrue(cut > 0, "the example has Google's quarterly capex");
        Files.write(metrics, lines);

        MainTest.Run r = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        List<String> index = Files.readAllLines(content.resolve("index.md"));
        int line = 0;
        while (!index.get(line).contains("Google spends far more")) {
            line++;
        }
        assertTrue(r.err().contains("index.md:" + (line + 1) + ":"), r.err());
        assertTrue(r.err().contains("the data no longer bears out this sentence's claim 'google.capex@latest > 4 * alibaba.capex@latest'"),
                r.err());
        // The Chinese edition binds the same claim in its own sentence, and is judged too.
        List<String> zh = Files.readAllLines(content.resolve("zh/index.md"));
        int zhLine = 0;
        while (!zh.get(zhLine).contains("谷歌的投入远超阿里巴巴")) {
            zhLine++;
        }
        assertTrue(r.err().contains("zh/index.md:" + (zhLine + 1) + ":"), r.err());
        assertFalse(Files.exists(tmp.resolve("site/index.html")), "nothing was written");
    }
}
