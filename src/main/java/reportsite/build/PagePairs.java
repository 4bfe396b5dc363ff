package reportsite.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import reportsite.diag.Diagnostics;
import reportsite.render.Edition;
import reportsite.source.SourceFile;

/**
 * Every page of an edition should have its translation in every other: the same file name under
 * the other edition's folder ({@code content/zh/investment.md} beside {@code content/investment.md}).
 * A page without its pair is a warning at the page, which {@code --strict} makes an error.
 */
final class PagePairs {

    private PagePairs() {
    }

    static void check(Map<Edition, List<SourceFile>> pages, Diagnostics d) {
        if (pages.size() < 2) {
            return;
        }
        Map<Edition, Set<String>> names = pages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(f -> f.relative().substring(e.getKey().prefix().length())).collect(Collectors.toSet())));
        pages.forEach((edition, files) -> {
            for (SourceFile f : files) {
                String name = f.relative().substring(edition.prefix().length());
                for (Edition other : pages.keySet()) {
                    if (other != edition && !names.get(other).contains(name)) {
                        String want = "content/" + other.prefix() + name;
                        d.warning(f.sourceText(), f.sourceText().at(1, 1), "no " + other.language().englishName()
                                + " page '" + want + "' for this page", "translate it as " + want + ", or set 'draft: true'");
                    }
                }
            }
        });
    }
}
