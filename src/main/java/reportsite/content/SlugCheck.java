package reportsite.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;

/** Two pages may not share a slug: the second, in path order, is reported at its {@code slug:}. */
public final class SlugCheck {

    private SlugCheck() {
    }

    public static void check(List<PageOutline> pages, List<SourceFile> files, Path contentDir, Diagnostics diagnostics) {
        Map<String, PageOutline> seen = new HashMap<>();
        for (PageOutline p : pages.stream().sorted(Comparator.comparing(PageOutline::source)).toList()) {
            PageOutline first = seen.putIfAbsent(p.meta().slug(), p);
            if (first != null) {
                SourceFile file = files.stream().filter(f -> f.relative().equals(p.source())).findFirst().orElseThrow();
                SourceText text = file.sourceText();
                Position at = slugPosition(text).orElse(text.at(1, 1));
                diagnostics.error(text, at, "duplicate slug '" + p.meta().slug() + "': "
                        + SourceReader.display(contentDir.resolve(first.source())) + " has it too",
                        "give one of them another 'slug:' in its front matter");
            }
        }
    }

    /**
     * A page whose output path is one the build makes from the data (a company page, the
     * comparison, sources, …): an error at its {@code slug:}, or at its first line.
     */
    public static void taken(SourceFile file, String outputPath, Diagnostics diagnostics) {
        SourceText text = file.sourceText();
        diagnostics.error(text, slugPosition(text).orElse(text.at(1, 1)), "this page would be written to '" + outputPath
                + "', which is a page the build makes from the data", "give it another 'slug:' in its front matter, or rename the file");
    }

    /** The position of the value of a 'slug:' line in the front matter. */
    private static Optional<Position> slugPosition(SourceText text) {
        String[] lines = text.text().split("\n", -1);
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            if (lines[i].startsWith("slug:")) {
                int col = "slug:".length();
                while (col < lines[i].length() && lines[i].charAt(col) == ' ') {
                    col++;
                }
                return Optional.of(text.at(i + 1, col + 1));
            }
        }
        return Optional.empty();
    }
}
