package reportsite.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.diag.Suggest;

/**
 * Reads {@code site.languages}, the editions of the site, the default (built at the site root)
 * first. Without it the site has one edition, in {@code site.language}.
 */
final class SiteLanguages {


    private SiteLanguages() {
    }

    /**
     * The editions as read.
     *
     * @param editions never empty, so that a mistake here does not stop the rest of the file being checked
     * @param inTexts the language keys a text may have: after a mistake here every known language,
     *     so that the mistake is not repeated at every text
     */
    record Read(List<Language> editions, List<Language> inTexts) {
    }

    static Read read(NodeReader in, NodeReader.Fields site) {
        List<Language> all = Language.known();
        Optional<String> language = site.string("language");
        if (!site.has("languages")) {
            // Before editions existed any code was accepted here and every site was written in
            // English: such a site keeps building as it did.
            List<Language> one = List.of(language.flatMap(Language::ofCode).orElse(Language.EN));
            return new Read(one, one);
        }
        boolean[] wrong = {false};
        List<Language> out = new ArrayList<>();
        site.items("languages", n -> in.text(n, "languages").flatMap(code -> known(in, n, code, wrong))).forEach(l -> {
            if (out.contains(l)) {
                in.error(site.get("languages").orElseThrow(), "'" + l.code() + "' is listed twice in site.languages", "");
            } else {
                out.add(l);
            }
        });
        if (out.isEmpty()) {
            in.error(site.valueOrMapping("languages"), "site.languages names no language",
                    "list the editions, the default first: languages: [en, zh]; or remove it for an English site");
            return new Read(List.of(language.flatMap(Language::ofCode).orElse(Language.EN)), all);
        }
        language.filter(code -> !code.equals(out.get(0).code())).ifPresent(code -> in.error(site.get("language").orElseThrow(),
                "site.language is '" + code + "' but the default edition, the first of site.languages, is '" + out.get(0).code() + "'",
                "remove 'language', or list '" + code + "' first in 'languages'"));
        return new Read(List.copyOf(out), wrong[0] ? all : List.copyOf(out));
    }

    private static Optional<Language> known(NodeReader in, Node n, String code, boolean[] wrong) {
        Optional<Language> l = Language.ofCode(code);
        if (l.isEmpty()) {
            wrong[0] = true;
            in.error(n, "unknown language '" + code + "' in site.languages", Suggest.hint(code, Language.known().stream().map(Language::code).toList()));
        }
        return l;
    }
}
