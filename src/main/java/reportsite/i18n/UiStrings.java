package reportsite.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import reportsite.data.Language;
import reportsite.data.YamlDocument;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.diag.Suggest;
import reportsite.source.SourceReader;
import reportsite.source.Theme;

/**
 * The interface strings of one edition ("Sources", "Data as of {date}."), from
 * {@code templates/i18n/<language>.yaml}, given to templates as {@code ui} ({@code ${ui.nav.sources}}).
 * The English file is the reference: every other language has exactly its keys and, in each
 * string, the same {@code {placeholders}}; a missing, unknown or different one is an error at
 * its line and column, so a translation can never show an empty label.
 */
public final class UiStrings {

    /** The folder under {@code templates/} holding one file per language. */
    public static final String FOLDER = "i18n";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final Language language;
    private final Map<String, String> byKey;
    private final Map<String, Object> model;

    private UiStrings(Language language, Map<String, String> byKey) {
        this.language = language;
        this.byKey = Collections.unmodifiableMap(byKey);
        this.model = nest(byKey);
    }

    /**
     * The strings of {@code language}, or empty after reporting why they cannot be used: the
     * theme's file of that language, checked against its English one. An English file in the
     * templates folder is checked against the built-in one too: a key it lacks is a warning, as
     * the built-in templates may show it (the file is older than the theme).
     */
    public static Optional<UiStrings> load(Theme theme, Language language, Diagnostics diagnostics) {
        Optional<UiStrings> out = loaded(theme, language, diagnostics);
        boolean overridden = theme.own().containsKey(FOLDER + "/en.yaml") || theme.own().containsKey(FOLDER + "/" + language.code() + ".yaml");
        return overridden ? out.map(strings -> strings.over(builtIn(language))) : out;
    }

    /**
     * These strings over {@code defaults}: a key a folder's files lack (they are older than the
     * theme, which a warning has said) is the built-in string, so that the templates and charts
     * that show it still have it.
     */
    private UiStrings over(UiStrings defaults) {
        if (byKey.keySet().containsAll(defaults.byKey.keySet())) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(defaults.byKey);
        merged.putAll(byKey);
        return new UiStrings(language, merged);
    }

    /** The built-in strings of {@code language}, or the English ones where the theme has none of that language. */
    private static UiStrings builtIn(Language language) {
        return Theme.builtInFile(FOLDER + "/" + language.code() + ".yaml")
                .flatMap(f -> parse(shippedText(), f.sourceText(), language, new Diagnostics())).orElseGet(UiStrings::shipped);
    }

    private static Optional<UiStrings> loaded(Theme theme, Language language, Diagnostics diagnostics) {
        Optional<SourceText> reference = read(theme, Language.EN, diagnostics);
        Optional<SourceText> own = language.equals(Language.EN) ? reference : read(theme, language, diagnostics);
        if (reference.isEmpty() || own.isEmpty()) {
            return Optional.empty();
        }
        if (!ownFile(theme, Language.EN).equals(reference.get().file()) || ownFile(theme, language).equals(own.get().file())) {
            return checked(theme, reference.get(), own.get(), language, diagnostics);
        }
        // The folder's English strings, and no file of this language beside them: the built-in
        // translation serves when it has the same keys, else one error says what to write.
        Diagnostics local = new Diagnostics();
        Optional<UiStrings> builtIn = parse(reference.get(), own.get(), language, local);
        if (builtIn.isEmpty()) {
            String file = ownFile(theme, language);
            diagnostics.error(Position.ofFile(file), "cannot read the interface strings of '" + language.code()
                    + "': the built-in ones do not match " + reference.get().file(), "copy " + reference.get().file() + " to "
                    + file + " and translate its values", "");
        }
        return builtIn;
    }

    private static String ownFile(Theme theme, Language language) {
        return SourceReader.display(theme.folder().resolve(FOLDER).resolve(language.code() + ".yaml"));
    }

    private static Optional<UiStrings> checked(Theme theme, SourceText reference, SourceText own, Language language,
                                               Diagnostics diagnostics) {
        Optional<UiStrings> out = parse(reference, own, language, diagnostics);
        Optional<SourceText> reference1 = Optional.of(reference);
        if (language.equals(Language.EN) && out.isPresent() && !reference.file().equals(shippedText().file())) {
            Diagnostics older = new Diagnostics();
            Strings.read(shippedText(), older).ifPresent(shipped -> Strings.read(reference1.get(), older)
                    .ifPresent(mine -> missingKeys(shipped, mine, diagnostics)));
        }
        return out;
    }

    /** As {@link #load(Theme, Language, Diagnostics)}, with {@code templates} as the override folder. */
    public static Optional<UiStrings> load(Path templates, Language language, Diagnostics diagnostics) {
        return load(new Theme(templates), language, diagnostics);
    }

    /** As {@link #load}, from texts already read: {@code own} is checked against {@code reference}. */
    static Optional<UiStrings> parse(SourceText reference, SourceText own, Language language, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<Strings> ref = Strings.read(reference, local);
        Optional<Strings> mine = reference.equals(own) ? ref : Strings.read(own, local);
        if (ref.isPresent() && mine.isPresent() && mine.get() != ref.get()) {
            compare(ref.get(), mine.get(), local);
        }
        local.all().forEach(diagnostics::add);
        return local.hasErrors() || mine.isEmpty() ? Optional.empty() : Optional.of(new UiStrings(language, mine.get().text()));
    }

    /** The English strings shipped in the jar (read once). */
    public static UiStrings shipped() {
        return Shipped.STRINGS;
    }

    /** Holds the shipped strings, read when first asked for. */
    private static final class Shipped {
        static final UiStrings STRINGS = readShipped();
    }

    private static UiStrings readShipped() {
        SourceText text = shippedText();
        Diagnostics d = new Diagnostics();
        return parse(text, text, Language.EN, d).orElseThrow(() -> new IllegalStateException("bad " + text.file() + ": " + d.all()));
    }

    private static SourceText shippedText() {
        return Theme.builtInFile(FOLDER + "/en.yaml").orElseThrow(() -> new IllegalStateException("the jar lacks its English strings"))
                .sourceText();
    }

    public Language language() {
        return language;
    }

    /** The string under a dotted key ("nav.sources"); a key that is not in the files is a bug of the caller. */
    public String get(String key) {
        String s = byKey.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no interface string '" + key + "' in templates/" + FOLDER + "/"
                    + language.code() + ".yaml");
        }
        return s;
    }

    /** Every dotted key, in file order. */
    public java.util.Set<String> keys() {
        return byKey.keySet();
    }

    /** The string under {@code key} with its {@code {placeholders}} filled in. */
    public String format(String key, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(get(key));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        return m.appendTail(sb).toString();
    }

    /** The strings as nested maps in file order, for templates: {@code ui.nav.sources}. */
    public Map<String, Object> model() {
        return model;
    }

    private static Optional<SourceText> read(Theme theme, Language language, Diagnostics diagnostics) {
        String relative = FOLDER + "/" + language.code() + ".yaml";
        Optional<Theme.ThemeFile> file = theme.file(relative);
        if (file.isEmpty()) {
            diagnostics.error(Position.ofFile(theme.display(relative)), "no interface strings for '" + language.code() + "'",
                    "copy the built-in theme's " + FOLDER + "/en.yaml (report-site new writes a report with it) to "
                            + theme.display(relative) + " and translate its values", "");
            return Optional.empty();
        }
        return Optional.of(file.get().sourceText());
    }

    /** Keys of the built-in English strings that an English file of the templates folder lacks. */
    private static void missingKeys(Strings shipped, Strings mine, Diagnostics d) {
        for (String key : shipped.text().keySet()) {
            if (!mine.text().containsKey(key) && !mine.at().containsKey(key)) {
                d.warning(mine.source(), mine.parentOf(key), "interface string '" + key + "' of the built-in theme is missing",
                        "this file is older than the theme, whose string is used until you add it, e.g. \"" + shipped.text().get(key)
                                + "\", or delete the file to use the built-in one");
            }
        }
    }

    private static void compare(Strings ref, Strings mine, Diagnostics d) {
        for (String key : ref.text().keySet()) {
            if (!mine.text().containsKey(key)) {
                if (mine.at().containsKey(key)) {
                    continue; // there but empty: reported where it is
                }
                Position where = mine.parentOf(key);
                d.error(mine.source(), where, "missing interface string '" + key + "'",
                        "add it, translated from \"" + ref.text().get(key) + "\" (" + ref.at().get(key) + ")");
            } else if (!placeholders(ref.text().get(key)).equals(placeholders(mine.text().get(key)))) {
                d.error(mine.source(), mine.at().get(key), "interface string '" + key + "' has placeholders "
                        + placeholders(mine.text().get(key)) + ", the English one " + placeholders(ref.text().get(key)),
                        "keep each {name} of the English string, untranslated, where the value belongs");
            }
        }
        for (String key : mine.text().keySet()) {
            if (!ref.text().containsKey(key)) {
                d.error(mine.source(), mine.at().get(key), "unknown interface string '" + key + "'",
                        Suggest.hint(key, ref.text().keySet()) + " (the keys are those of " + ref.source().file() + ")");
            }
        }
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(Map<String, String> byKey) {
        Map<String, Object> root = new LinkedHashMap<>();
        byKey.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            }
            at.put(parts[parts.length - 1], value);
        });
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> m) {
        m.replaceAll((k, v) -> v instanceof Map ? freeze((Map<String, Object>) v) : v);
        return Collections.unmodifiableMap(m);
    }

    /** One file's strings by dotted key, with where each key and each section's key is. */
    private record Strings(SourceText source, Map<String, String> text, Map<String, Position> at,
                           Map<String, Position> mappings) {

        static Optional<Strings> read(SourceText source, Diagnostics d) {
            Optional<Node> root = YamlDocument.parse(source, 0, d);
            if (root.isEmpty()) {
                if (!d.hasErrors()) {
                    d.error(source, source.at(1, 1), "no interface strings", "copy templates/" + FOLDER + "/en.yaml");
                }
                return Optional.empty();
            }
            Strings s = new Strings(source, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            s.walk("", root.get(), source.at(1, 1), d);
            return Optional.of(s);
        }

        private void walk(String prefix, Node node, Position keyAt, Diagnostics d) {
            if (!(node instanceof MappingNode map)) {
                d.error(source, position(node), "expected a mapping of names to strings"
                        + (prefix.isEmpty() ? "" : " under '" + prefix + "'"), "write 'key: text' lines, indented under their section");
                return;
            }
            mappings.put(prefix, keyAt);
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    d.error(source, position(t.getKeyNode()), "a key must be a plain name", "write 'name: text'");
                    continue;
                }
                String key = prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue();
                if (at.containsKey(key) || mappings.containsKey(key)) {
                    d.error(source, position(k), "duplicate interface string '" + key + "'", "keep one of them");
                    continue;
                }
                at.put(key, position(k));
                Node value = t.getValueNode();
                if (value instanceof ScalarNode v && !Tag.NULL.equals(v.getTag())) {
                    text.put(key, v.getValue());
                } else if (value instanceof ScalarNode) {
                    d.error(source, position(value), "interface string '" + key + "' has no text", "write the text after the colon");
                } else {
                    at.remove(key);
                    walk(key, value, position(k), d);
                }
            }
        }

        /** Where to point at a missing key: the section that should hold it, or the nearest one above. */
        Position parentOf(String key) {
            String p = key;
            while (p.contains(".")) {
                p = p.substring(0, p.lastIndexOf('.'));
                Position where = mappings.get(p);
                if (where != null) {
                    return where;
                }
            }
            return source.at(1, 1);
        }

        private Position position(Node n) {
            return n.getStartMark().map(m -> source.at(m.getLine() + 1, m.getColumn() + 1)).orElse(source.at(1, 1));
        }
    }
}
