package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** The image for sharing: 1200 px wide, its credit from the chart's own sources and the data's date. */
class ShareImageTest {

    @TempDir
    static Path dir;
    static Dataset data;

    @BeforeAll
    static void load() {
        data = MiniData.loadValid(dir, ChartRenderingTest.YAML.replace("title: \"Mini report\"", "title: \"Mini report\"\n  as_of: 2025-09-30"));
    }

    @Test
    void itIsTwelveHundredPixelsWideAndCreditsThePublishersOfItsFigures() throws IOException {
        ChartData c = new ChartPlanner(data).planAll().get("acme-only");
        assertEquals(List.of("Acme"), c.credit().publishers(), "only source 1 is behind Acme's figures");
        assertEquals("30 Sep 2025", c.credit().asOf(), "in the edition's style of dates");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ShareImage.draw(c)));
        assertEquals(ShareImage.PIXELS, img.getWidth());
        assertTrue(img.getHeight() > 600 && img.getHeight() < 1000, "height " + img.getHeight());
        assertEquals(0xFFFFFF, img.getRGB(img.getWidth() / 2, img.getHeight() - 1) & 0xFFFFFF, "filled to the last row");
    }

    @Test
    void aSubtitleIsTheCaptionsFirstSentence() {
        assertEquals("Capex per quarter.", ShareImage.firstSentence("Capex per quarter. Fiscal quarters sit on calendar months."));
        assertEquals("季度资本开支。", ShareImage.firstSentence("季度资本开支。财季按自然月份排列。"));
        assertEquals("No stop", ShareImage.firstSentence("No stop"));
    }

    @Test
    void aLongTitleWrapsOnceBetweenWordsOrCharacters() {
        Font font = ChartTheme.LIGHT.bold(20f);
        List<String> en = ShareImage.wrap(font, "Alphabet's capex guidance, as it was raised, and what it spent in the years after", 300);
        assertEquals(2, en.size());
        assertTrue(en.get(0).endsWith(",") || !en.get(0).endsWith(" "), en.toString());
        assertEquals(List.of("Short"), ShareImage.wrap(font, "Short", 300));
        Font zh = ChartTheme.LIGHT.in(reportsite.data.Language.ZH).bold(20f);
        List<String> cjk = ShareImage.wrap(zh, "阿里巴巴的三年投入承诺与实际支出阿里巴巴的三年投入承诺与实际支出", 200);
        assertEquals(2, cjk.size());
        assertTrue(cjk.get(1).endsWith("…"), cjk.toString());
    }
}
