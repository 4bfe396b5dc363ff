package reportsite.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Writes the subset of the Chinese chart font that the jar ships: the glyphs of
 * {@link ChartCharacters#all}. Run by {@code tools/cjk-font.sh}, which fetches the full font;
 * in test scope because the build itself never subsets.
 */
public final class CjkFontSubset {

    /**
     * What Java2D draws horizontal text with. Left out: vertical metrics (vmtx, half the subset
     * otherwise), and the OpenType layout tables (GPOS, GSUB), which charts do not use.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca",
            "hmtx", "post", "prep", "gasp");

    private CjkFontSubset() {
    }

    /** @param args the full font (TTF), the subset to write, the project folder (for the strings) */
    public static void main(String[] args) throws IOException {
        Path full = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String chars = ChartCharacters.all(Path.of(args[2]));
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(full.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            chars.codePoints().forEach(subsetter::add);
            try (OutputStream o = Files.newOutputStream(out)) {
                subsetter.writeToStream(o);
            }
        }
        System.out.println(out + ": " + chars.codePointCount(0, chars.length()) + " characters, " + Files.size(out) + " bytes");
    }
}
