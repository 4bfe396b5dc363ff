package reportsite.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import reportsite.diag.Diagnostics;
import reportsite.diag.Suggest;

/**
 * Reads the texts a reader sees (labels, notes, captions, findings) in one edition's language.
 * A text is written either as one string, the default language's, or as one string per
 * language: {@code label: {en: Capital expenditure, zh: 资本开支}}.
 *
 * <p>Mistakes in how a text is written are reported through the reader's diagnostics; a text
 * with nothing in the edition's language is a warning to {@code missing}, kept apart so that
 * the loader can read the file once per edition and still report each mistake once.
 */
final class EditionTexts {

    private final NodeReader in;
    private final List<Language> languages;
    private final List<Language> keys;
    private final Language edition;
    private final Diagnostics missing;

    /**
     * @param site the site's editions, the default first, and the languages a text may name
     * @param edition the language to pick; the default's text stands in when it has none
     */
    EditionTexts(NodeReader in, SiteLanguages.Read site, Language edition, Diagnostics missing) {
        this.in = in;
        this.languages = site.editions();
        this.keys = site.inTexts();
        this.edition = edition;
        this.missing = missing;
    }

    Language edition() {
        return edition;
    }

    /** The default language, whose text stands in for a missing one. */
    Language defaultLanguage() {
        return languages.get(0);
    }

    /** The same texts read from another file (a CSV file of observations). */
    EditionTexts with(NodeReader other) {
        return new EditionTexts(other, languages, keys, edition, missing);
    }

    private EditionTexts(NodeReader in, List<Language> languages, List<Language> keys, Language edition, Diagnostics missing) {
        this.in = in;
        this.languages = languages;
        this.keys = keys;
        this.edition = edition;
        this.missing = missing;
    }

    Optional<String> text(NodeReader.Fields f, String key, Supplier<String> owner) {
        return node(f, key, owner).map(ScalarNode::getValue);
    }

    String text(NodeReader.Fields f, String key, String fallback, Supplier<String> owner) {
        return text(f, key, owner).orElse(fallback);
    }

    Optional<String> requiredText(NodeReader.Fields f, String key, Supplier<String> owner) {
        return f.required(key).flatMap(n -> pick(n, key, owner)).map(ScalarNode::getValue);
    }

    /**
     * A text that stays in its own language unless translated, as a source's title and
     * publisher do: one string is shown in every edition without a warning; {@code {en, zh}}
     * gives the edition its own (a Chinese outlet under its Chinese name).
     */
    Optional<String> ownText(NodeReader.Fields f, String key, Supplier<String> owner) {
        return f.required(key).flatMap(n -> n instanceof MappingNode ? perLanguage(n, key, owner, false)
                : in.text(n, key).map(s -> (ScalarNode) n)).map(ScalarNode::getValue);
    }

    /** The edition's text of {@code key} as written, for what needs its position. */
    Optional<ScalarNode> node(NodeReader.Fields f, String key, Supplier<String> owner) {
        return f.get(key).flatMap(n -> pick(n, key, owner));
    }

    /** "metric 'capex'", from the id as written; an id's own mistakes are reported where it is read. */
    static Supplier<String> owner(String kind, NodeReader.Fields f) {
        return () -> kind + " '" + raw(f, "id") + "'";
    }

    static String raw(NodeReader.Fields f, String key) {
        return f.get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue()).orElse("?");
    }

    private Optional<ScalarNode> pick(Node n, String key, Supplier<String> owner) {
        if (n instanceof MappingNode) {
            return perLanguage(n, key, owner, true);
        }
        Optional<ScalarNode> one = in.text(n, key).map(s -> (ScalarNode) n);
        one.filter(s -> !edition.equals(languages.get(0)) && !s.getValue().isBlank()).ifPresent(s -> warnMissing(n, key, owner));
        return one;
    }

    private Optional<ScalarNode> perLanguage(Node n, String key, Supplier<String> owner, boolean warn) {
        Optional<NodeReader.Fields> fields = in.mapping(n, "the text of '" + key + "'");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        Map<Language, ScalarNode> texts = new HashMap<>();
        List<String> codes = languages.stream().map(Language::code).toList();
        // "zn" is as near "en" as "zh": suggest only the languages the text still lacks.
        List<String> lacking = codes.stream().filter(c -> !f.has(c)).toList();
        for (String code : f.keys()) {
            Node value = f.valueOrMapping(code);
            Optional<Language> language = Language.ofCode(code).filter(keys::contains);
            if (language.isEmpty() && Language.ofCode(code).isPresent()) {
                continue; // a text for an edition this site does not build (yet, or any more): kept, not shown
            }
            if (language.isEmpty()) {
                in.error(keyNode(f, code), "unknown language '" + code + "' in the text of '" + key + "'",
                        Suggest.hint(code, lacking.isEmpty() ? codes : lacking));
            } else if (YamlNodes.isNull(value) || value instanceof ScalarNode s && s.getValue().isBlank()) {
                in.error(value, "empty " + language.get().englishName() + " text for '" + key + "'",
                        "write the text, or remove the entry to show the " + languages.get(0).englishName() + " text");
            } else {
                in.text(value, key).ifPresent(s -> texts.put(language.get(), (ScalarNode) value));
            }
        }
        Language fallback = languages.get(0);
        if (!f.has(fallback.code())) {
            in.error(n, "the text of '" + key + "' has no '" + fallback.code() + "' entry, the default language's",
                    "the first of site.languages is the default; write `{" + String.join(": …, ", codes) + ": …}`");
        }
        if (texts.containsKey(edition)) {
            return Optional.of(texts.get(edition));
        }
        if (warn && texts.containsKey(fallback) && !f.has(edition.code())) {
            warnMissing(n, key, owner);
        }
        return Optional.ofNullable(texts.get(fallback));
    }

    private static Node keyNode(NodeReader.Fields f, String key) {
        return ((MappingNode) f.node()).getValue().stream().map(t -> t.getKeyNode())
                .filter(k -> k instanceof ScalarNode s && s.getValue().equals(key)).findFirst().orElse(f.node());
    }

    private void warnMissing(Node n, String key, Supplier<String> owner) {
        missing.warning(in.source(), in.at(n), "no " + edition.englishName() + " text for '" + key + "' of " + owner.get(),
                "write `{" + String.join(": …, ", languages.stream().map(Language::code).toList()) + ": …}`");
    }
}
