package reportsite.build;

import java.util.Map;
import reportsite.diag.Diagnostics;
import reportsite.data.Language;
import reportsite.source.SourceFile;

/**
 * Every page of an edition should have its translation in every other: the same file name under
 * the other edition's folder ({@code content/zh/investment.md} beside {@code content/investment.md}).
 * A page without its pair is a warning at the page, which {@code --strict} makes an error.
 */
final class PagePairs {

    private PagePairs() {
    }

    /** @param pages each edition's pages by their path under the edition's folder, the default edition's first */
    static void check(Map<Language, Map<String, SourceFile>> pages, Diagnostics d) {
        Language first = pages.keySet().iterator().next();
        pages.forEach((edition, files) -> {
            for (Map.Entry<String, SourceFile> page : files.entrySet()) {
                String name = page.getKey();
                SourceFile f = page.getValue();
                for (Language other : pages.keySet()) {
                    if (!other.equals(edition) && !pages.get(other).containsKey(name)) {
                        String want = "content/" + (other.equals(first) ? "" : other.code() + "/") + name;
                        d.warning(f.sourceText(), f.sourceText().at(1, 1), "no " + other.englishName()
                                + " page '" + want + "' for this page", "translate it as " + want + ", or set 'draft: true'");
                    }
                }
            }
        });
    }
}
