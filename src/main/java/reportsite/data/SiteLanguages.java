package reportsite.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.diag.Suggest;

/**
 * Reads {@code site.languages}, the editions of the site, the default (built at the site root)
 * first. Without it the site has one edition, in {@code site.language}.
 */
final class SiteLanguages {

    private static final List<String> CODES = Arrays.stream(Language.values()).map(Language::code).toList();

    private SiteLanguages() {
    }

    /** The editions; never empty, so that a mistake here does not stop the rest of the file being checked. */
    static List<Language> read(NodeReader in, NodeReader.Fields site) {
        Optional<String> language = site.string("language");
        if (!site.has("languages")) {
            // Before editions existed any code was accepted here and every site was written in
            // English: such a site keeps building as it did.
            return List.of(language.flatMap(Language::ofCode).orElse(Language.EN));
        }
        List<Language> out = new ArrayList<>();
        site.items("languages", n -> in.text(n, "languages").flatMap(code -> known(in, n, code))).forEach(l -> {
            if (out.contains(l)) {
                in.error(site.get("languages").orElseThrow(), "'" + l.code() + "' is listed twice in site.languages", "");
            } else {
                out.add(l);
            }
        });
        if (out.isEmpty()) {
            in.error(site.valueOrMapping("languages"), "site.languages names no language",
                    "list the editions, the default first: languages: [en, zh]; or remove it for an English site");
            return List.of(language.flatMap(Language::ofCode).orElse(Language.EN));
        }
        language.filter(code -> !code.equals(out.get(0).code())).ifPresent(code -> in.error(site.get("language").orElseThrow(),
                "site.language is '" + code + "' but the default edition, the first of site.languages, is '" + out.get(0).code() + "'",
                "remove 'language', or list '" + code + "' first in 'languages'"));
        return List.copyOf(out);
    }

    private static Optional<Language> known(NodeReader in, Node n, String code) {
        Optional<Language> l = Language.ofCode(code);
        if (l.isEmpty()) {
            in.error(n, "unknown language '" + code + "' in site.languages", Suggest.hint(code, CODES));
        }
        return l;
    }
}
