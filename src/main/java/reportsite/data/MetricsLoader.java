package reportsite.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Suggest;
import reportsite.source.SourceFile;

/**
 * Reads the metrics file into a {@link Dataset}: parses, checks every field and every
 * reference, computes derived figures. All problems are reported to the diagnostics; the
 * dataset returned after errors is partial and must not be published.
 */
public final class MetricsLoader {

    /** Charts are the slowest thing to build: more than this many is a mistake. */
    public static final int MAX_CHARTS = 200;

    private static final Set<String> TOP = Set.of("site", "entities", "sources", "fx", "metrics", "derived",
            "observations", "observations_from", "fact_checks", "charts", "events");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** A domain name: dot-separated labels of letters, digits and inner hyphens. */
    private static final Pattern HOST = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern SOURCE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final NodeReader in;
    private final Diagnostics diagnostics;
    private final Diagnostics missingTexts;
    private final Optional<Language> edition;
    /** Set once the site's languages are read; until then (or without a site) English alone. */
    private EditionTexts texts;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<Integer, Source> sources = new LinkedHashMap<>();
    private final Map<String, Position> declared = new HashMap<>();
    /** The CSV files of the content folder, by path relative to it. */
    private final Map<String, SourceFile> tables;

    /**
     * @param edition the language whose texts to read, or empty for the site's default
     * @param missingTexts where a text with nothing in the edition's language is reported
     */
    private MetricsLoader(SourceFile file, Map<String, SourceFile> tables, Diagnostics diagnostics, Optional<Language> edition,
                          Diagnostics missingTexts) {
        this.in = new NodeReader(file.sourceText(), 0, diagnostics);
        this.tables = tables;
        this.diagnostics = diagnostics;
        this.edition = edition;
        this.missingTexts = missingTexts;
        this.texts = new EditionTexts(in, new SiteLanguages.Read(List.of(Language.EN), List.of(Language.EN)), Language.EN,
                missingTexts);
    }

    /** The dataset of the site's default language, the first of {@code site.languages}. */
    public static Dataset load(SourceFile file, Diagnostics diagnostics) {
        return load(file, Map.of(), diagnostics);
    }

    /** As {@link #load(SourceFile, Diagnostics)}, with the CSV files the metrics file may name ({@code observations_from}). */
    public static Dataset load(SourceFile file, Map<String, SourceFile> tables, Diagnostics diagnostics) {
        return new MetricsLoader(file, tables, diagnostics, Optional.empty(), diagnostics).load(parse(file, diagnostics));
    }

    private static Optional<Node> parse(SourceFile file, Diagnostics diagnostics) {
        return YamlDocument.parse(file.sourceText(), 0, diagnostics);
    }

    /**
     * One dataset per edition, the default language's first, in the order of
     * {@code site.languages}; in each, every text a reader sees is already the edition's. The
     * file is read once per edition, but each mistake is reported once: the other editions
     * add only their missing translations (warnings; the default language's text stands in).
     */
    public static Map<Language, Dataset> loadEditions(SourceFile file, Diagnostics diagnostics) {
        return loadEditions(file, Map.of(), diagnostics);
    }

    /** As {@link #loadEditions(SourceFile, Diagnostics)}, with the CSV files the metrics file may name. */
    public static Map<Language, Dataset> loadEditions(SourceFile file, Map<String, SourceFile> tables, Diagnostics diagnostics) {
        // Parsed once: every edition reads the same tree (which reading leaves as it is), in its own words.
        Optional<Node> root = parse(file, diagnostics);
        Dataset first = new MetricsLoader(file, tables, diagnostics, Optional.empty(), diagnostics).load(root);
        Map<Language, Dataset> editions = new LinkedHashMap<>();
        editions.put(first.site().defaultLanguage(), first);
        for (Language language : first.site().languages().subList(1, first.site().languages().size())) {
            editions.put(language, new MetricsLoader(file, tables, new Diagnostics(), Optional.of(language), diagnostics).load(root));
        }
        return editions;
    }

    private Dataset load(Optional<Node> root) {
        if (root.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(Position.ofFile(in.source().file()), "the metrics file is empty",
                        "see docs/data-format.md for a complete example", "");
            }
            return Dataset.empty();
        }
        Optional<NodeReader.Fields> top = in.mapping(root.get(), "the metrics file");
        if (top.isEmpty()) {
            return Dataset.empty();
        }
        NodeReader.Fields f = top.get();
        f.allowOnly(TOP);
        SiteInfo site = f.required("site").flatMap(this::site).orElse(SiteInfo.empty());
        f.required("entities").ifPresent(n -> in.list(n, "entities").forEach(this::entity));
        f.required("sources").ifPresent(n -> in.list(n, "sources").forEach(this::source));
        List<FxRate> fx = new ArrayList<>();
        f.get("fx").ifPresent(n -> in.list(n, "fx").forEach(e -> fxRate(e).ifPresent(fx::add)));
        f.required("metrics").ifPresent(n -> in.list(n, "metrics").forEach(this::metric));
        List<DerivedFigures.Rule> rules = new ArrayList<>();
        f.get("derived").ifPresent(n -> in.list(n, "derived").forEach(e -> derivedRule(e).ifPresent(rules::add)));
        ObservationReader observationReader = new ObservationReader(in, texts, entities, metrics, this::checkSources, site.asOf());
        ObservationReader.Shared read = new ObservationReader.Shared();
        f.get("observations").ifPresent(n -> observationReader.read(in.list(n, "observations"), read));
        // then the rows of the CSV files it names, in its order, read as the items of the list are
        f.get("observations_from").ifPresent(n -> in.list(n, "observations_from").forEach(item -> table(item).ifPresent(t -> {
            NodeReader csv = new NodeReader(t.sourceText(), 0, diagnostics);
            new ObservationReader(csv, texts.with(csv), entities, metrics, this::checkSources, site.asOf())
                    .read(new CsvObservations(t.sourceText(), diagnostics, texts.defaultLanguage().code()).rows(), read);
        })));
        List<Observation> observations = new ArrayList<>(observationReader.finish(read));
        List<FactCheck> factChecks = new ArrayList<>();
        f.get("fact_checks").ifPresent(n -> in.list(n, "fact_checks").forEach(e -> factCheck(e).ifPresent(factChecks::add)));
        List<ChartSpec> charts = new ArrayList<>();
        ChartSpecReader chartReader = new ChartSpecReader(in, texts, entities, metrics);
        f.get("charts").ifPresent(n -> {
            List<Node> list = in.list(n, "charts");
            if (list.size() > MAX_CHARTS) {
                in.error(list.get(MAX_CHARTS), "too many charts: more than " + MAX_CHARTS,
                        "each chart is drawn seven times (light and dark at 1x and 2x, light and dark for phones, one to share); show fewer, or split the report");
            }
            list.forEach(e -> chartReader.read(e, declared).ifPresent(charts::add));
        });
        f.get("events").ifPresent(n -> ChartEvents.read(in, texts, in.list(n, "events"), charts));
        observations.addAll(DerivedFigures.compute(rules, observations, metrics, entities, texts.edition()));
        Dataset data = new Dataset(site, List.copyOf(entities.values()), List.copyOf(metrics.values()),
                List.copyOf(sources.values()), fx, observations, factChecks, charts);
        new ComparisonCheck(in, data).checkCharts();
        return data;
    }

    /** The CSV file an item of {@code observations_from} names, by its path below the content folder. */
    private Optional<SourceFile> table(Node item) {
        return in.text(item, "observations_from").flatMap(path -> {
            String relative = path.strip().replace('\\', '/');
            SourceFile t = tables.get(relative.startsWith("./") ? relative.substring(2) : relative);
            if (t == null) {
                in.error(item, relative.endsWith(".csv") ? "no CSV file '" + relative + "' in the content folder" : "'" + relative
                        + "' is not a CSV file", tables.isEmpty() ? "write the path of a .csv file below the content folder, e.g. data/figures.csv"
                        : Suggest.hint(relative, tables.keySet()) + " (paths are relative to the content folder)");
            }
            return Optional.ofNullable(t);
        });
    }

    private Optional<SiteInfo> site(Node node) {
        return in.mapping(node, "site").map(f -> {
            f.allowOnly(Set.of("title", "description", "language", "languages", "reporting_currency", "as_of", "base_url",
                    "cname"));
            SiteLanguages.Read read = SiteLanguages.read(in, f);
            List<Language> languages = read.editions();
            texts = new EditionTexts(in, read, edition.orElse(languages.get(0)), missingTexts);
            Supplier<String> owner = () -> "the site";
            String currency = f.string("reporting_currency").map(c -> checkCurrency(f.get("reporting_currency").orElseThrow(), c))
                    .orElse("USD");
            Optional<String> baseUrl = f.string("base_url").flatMap(u -> {
                if (!u.startsWith("https://") && !u.startsWith("http://")) {
                    in.error(f.get("base_url").orElseThrow(), "base_url must start with https:// or http://", "");
                    return Optional.empty();
                }
                return Optional.of(u.endsWith("/") ? u : u + "/");
            });
            Optional<String> cname = f.string("cname").flatMap(c -> {
                if (!HOST.matcher(c).matches()) {
                    in.error(f.get("cname").orElseThrow(), "cname must be a domain name, found '" + c + "'",
                            "only the host, without https:// or a path: for example report.example.org");
                    return Optional.empty();
                }
                return Optional.of(c.toLowerCase(Locale.ROOT));
            });
            String language = edition.map(Language::code).orElse(f.string("language", languages.get(0).code()));
            return new SiteInfo(texts.requiredText(f, "title", owner).orElse("Report"), texts.text(f, "description", "", owner),
                    language, currency, f.date("as_of"), baseUrl, cname, languages);
        });
    }

    private void entity(Node node) {
        in.mapping(node, "an entity").ifPresent(f -> {
            f.allowOnly(Set.of("id", "name", "short", "colour", "currency", "fiscal_year_start"));
            Optional<String> id = f.id("id");
            Supplier<String> owner = EditionTexts.owner("entity", f);
            String name = texts.requiredText(f, "name", owner).orElse("");
            String colour = f.requiredString("colour").map(c -> {
                if (!COLOUR.matcher(c).matches()) {
                    in.error(f.get("colour").orElseThrow(), "colour must be #RRGGBB, found '" + c + "'", "for example \"#1A73E8\" (quoted)");
                }
                return c.toUpperCase(Locale.ROOT);
            }).orElse("#777777");
            String currency = f.requiredString("currency").map(c -> checkCurrency(f.get("currency").orElseThrow(), c)).orElse("USD");
            int fyStart = f.integer("fiscal_year_start", 1, 12).orElse(1);
            id.filter(i -> unique("entity", i, f)).ifPresent(i ->
                    entities.put(i, new Entity(i, name, texts.text(f, "short", name, owner), colour, currency, fyStart)));
        });
    }

    private String checkCurrency(Node n, String c) {
        if (!CURRENCY.matcher(c).matches()) {
            in.error(n, "currency must be a three-letter ISO 4217 code, found '" + c + "'", "for example USD, CNY, EUR");
        }
        return c;
    }

    private boolean unique(String kind, String id, NodeReader.Fields f) {
        Position previous = declared.putIfAbsent(kind + ":" + id, f.position());
        if (previous != null) {
            in.error(f.get("id").orElse(f.node()), "duplicate " + kind + " id '" + id + "'",
                    "the first is at line " + previous.line() + "; ids must be unique");
            return false;
        }
        return true;
    }

    private void source(Node node) {
        in.mapping(node, "a source").ifPresent(f -> {
            f.allowOnly(Set.of("id", "title", "publisher", "date", "url"));
            Optional<Integer> id = f.required("id").isPresent() ? f.integer("id", 1, 99_999) : Optional.empty();
            String title = texts.ownText(f, "title", EditionTexts.owner("source", f)).orElse("");
            String publisher = texts.ownText(f, "publisher", EditionTexts.owner("source", f)).orElse("");
            String date = f.string("date").map(d -> {
                if (!SOURCE_DATE.matcher(d).matches()) {
                    in.error(f.get("date").orElseThrow(), "source date must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + d + "'",
                            "write null when the source is undated");
                }
                return d;
            }).orElse("");
            String url = f.requiredString("url").map(u -> {
                if (!(u.startsWith("https://") || u.startsWith("http://")) || u.chars().anyMatch(c -> c <= ' ')) {
                    in.error(f.get("url").orElseThrow(), "source url must be an http or https address without spaces",
                            "for example https://www.example.com/report");
                }
                return u;
            }).orElse("");
            id.filter(i -> unique("source", String.valueOf(i), f))
                    .ifPresent(i -> sources.put(i, new Source(i, title, publisher, date, url)));
        });
    }

    /** Checks that a list of source ids is present and every id is declared. */
    List<Integer> checkSources(NodeReader.Fields f, boolean required) {
        // The reader of the mapping's own file: a row of a CSV file is reported there.
        NodeReader in = f.reader();
        if (f.get("sources").isEmpty()) {
            // Missing, or written with no value ("sources:" or "sources: ~"), which YAML reads as null.
            if (required) {
                in.error(f.valueOrMapping("sources"), "missing 'sources': a figure without a source is not published",
                        "add sources: [n] with the ids of the sources list");
            }
            return List.of();
        }
        List<Integer> ids = f.items("sources", n -> in.number(n, "sources").flatMap(v -> {
            if (v.stripTrailingZeros().scale() > 0) {
                in.error(n, "a source id is a whole number, found " + v.toPlainString(),
                        "write the id of an entry of the sources list; several ids are a list, [1, 2], not 1.2");
                return Optional.empty();
            }
            if (!sources.containsKey(v.intValue())) {
                in.error(n, "unknown source " + v.toPlainString(), sourceIds());
                return Optional.empty();
            }
            return Optional.of(v.intValue());
        }));
        // Only a list written empty: when all its ids are unknown, each has been reported already.
        if (required && f.get("sources").get() instanceof SequenceNode list && list.getValue().isEmpty()) {
            in.error(f.get("sources").get(), "'sources' is empty: a figure without a source is not published", "");
        }
        return ids;
    }

    /** The ids there are, as a hint: numbers a typo away from each other are no guide (11 is not '1'). */
    private String sourceIds() {
        if (sources.isEmpty()) {
            return "the sources list is empty: add the source there first";
        }
        List<Integer> ids = sources.keySet().stream().sorted().toList();
        boolean run = ids.get(ids.size() - 1) - ids.get(0) == ids.size() - 1;
        return "the sources list has the ids " + (run && ids.size() > 2 ? ids.get(0) + " to " + ids.get(ids.size() - 1)
                : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
    }

    private Optional<FxRate> fxRate(Node node) {
        return in.mapping(node, "an FX rate").flatMap(f -> {
            f.allowOnly(Set.of("base", "quote", "rate", "as_of", "sources", "note"));
            Optional<String> base = f.requiredString("base").map(c -> checkCurrency(f.get("base").orElseThrow(), c));
            Optional<String> quote = f.requiredString("quote").map(c -> checkCurrency(f.get("quote").orElseThrow(), c));
            Optional<BigDecimal> rate = f.requiredNumber("rate").filter(r -> {
                if (r.signum() <= 0) {
                    in.error(f.get("rate").orElseThrow(), "an FX rate must be positive", "");
                    return false;
                }
                return true;
            });
            Optional<LocalDate> asOf = f.required("as_of").isPresent() ? f.date("as_of") : Optional.empty();
            List<Integer> src = checkSources(f, true);
            if (base.isEmpty() || quote.isEmpty() || rate.isEmpty() || asOf.isEmpty()) {
                return Optional.empty();
            }
            String note = texts.text(f, "note", "", () -> "the FX rate " + base.get() + "/" + quote.get() + " of " + asOf.get());
            return Optional.of(new FxRate(base.get(), quote.get(), rate.get(), asOf.get(), src, note));
        });
    }

    private static final Map<String, Metric.Unit> UNITS = words(Metric.Unit.values());
    private static final Map<String, Scale> SCALES = words(Scale.values());
    /** Not "derived": a derived metric is declared under {@code derived:}. */
    private static final Map<String, Metric.Kind> KINDS = words(Metric.Kind.ACTUAL, Metric.Kind.GUIDANCE, Metric.Kind.PLAN);

    /** Each constant by the word the metrics file writes for it, in declaration order (for the hint of a wrong one). */
    @SafeVarargs
    static <E extends Enum<E>> Map<String, E> words(E... values) {
        return words(MetricsLoader::word, values);
    }

    @SafeVarargs
    static <E extends Enum<E>> Map<String, E> words(Function<E, String> word, E... values) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(word.apply(e), e);
        }
        return m;
    }

    /** A constant's word in the metrics file and in CSS and string keys: GROUPED_BAR is "grouped_bar". */
    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private void metric(Node node) {
        in.mapping(node, "a metric").ifPresent(f -> {
            f.allowOnly(Set.of("id", "label", "unit", "noun", "scale", "decimals", "kind", "description"));
            Optional<String> id = f.id("id");
            Supplier<String> owner = EditionTexts.owner("metric", f);
            String label = texts.requiredText(f, "label", owner).orElse("");
            Metric.Unit unit = f.required("unit").isPresent() ? f.choice("unit", UNITS).orElse(Metric.Unit.COUNT) : Metric.Unit.COUNT;
            Metric m = new Metric(id.orElse(""), label, unit, texts.text(f, "noun", "", owner),
                    f.choice("scale", SCALES).orElse(Scale.NONE), f.integer("decimals", 0, 6).orElse(1),
                    f.choice("kind", KINDS).orElse(Metric.Kind.ACTUAL), texts.text(f, "description", "", owner), "");
            id.filter(i -> unique("metric", i, f)).ifPresent(i -> metrics.put(i, m));
        });
    }

    private static final Map<String, DerivedFigures.Op> OPS = words(DerivedFigures.Op.values());

    private Optional<DerivedFigures.Rule> derivedRule(Node node) {
        return in.mapping(node, "a derived metric").flatMap(f -> {
            f.allowOnly(Set.of("id", "label", "op", "metric", "numerator", "denominator", "unit", "decimals", "description"));
            Optional<String> id = f.id("id");
            Supplier<String> owner = EditionTexts.owner("derived metric", f);
            String label = texts.requiredText(f, "label", owner).orElse("");
            Optional<DerivedFigures.Op> op = f.required("op").isPresent() ? f.choice("op", OPS) : Optional.empty();
            if (id.isEmpty() || op.isEmpty() || !unique("metric", id.get(), f)) {
                return Optional.empty();
            }
            List<String> inputs = op.get() == DerivedFigures.Op.RATIO
                    ? List.of(metricRef(f, "numerator"), metricRef(f, "denominator"))
                    : List.of(metricRef(f, "metric"));
            if (inputs.contains("")) {
                return Optional.empty();
            }
            Metric first = metrics.get(inputs.get(0));
            Metric.Unit unit = op.get() == DerivedFigures.Op.RATIO
                    ? f.choice("unit", UNITS).orElse(Metric.Unit.PERCENT) : Metric.Unit.PERCENT;
            String how = derivation(op.get(), first, metrics.get(inputs.get(inputs.size() - 1)));
            Metric m = new Metric(id.get(), label, unit, "", Scale.NONE, f.integer("decimals", 0, 6).orElse(0),
                    Metric.Kind.DERIVED, texts.text(f, "description", "", owner), how);
            metrics.put(id.get(), m);
            return Optional.of(new DerivedFigures.Rule(m, op.get(), inputs, f.position()));
        });
    }

    /** How a derived metric is computed, in the edition's language, from its inputs' labels. */
    private String derivation(DerivedFigures.Op op, Metric first, Metric second) {
        Language lang = texts.edition();
        return switch (op) {
            case YOY -> lang.rules().format("derivation.yoy", "metric", first.inSentence(lang));
            case QOQ -> lang.rules().format("derivation.qoq", "metric", first.inSentence(lang));
            case RATIO -> lang.rules().format("derivation.ratio", "metric", first.label(), "other", second.inSentence(lang));
        };
    }

    private String metricRef(NodeReader.Fields f, String key) {
        return f.requiredString(key).map(s -> {
            if (!metrics.containsKey(s)) {
                in.error(f.get(key).orElseThrow(), "unknown metric '" + s + "'", Suggest.hint(s, metrics.keySet()));
                return "";
            }
            return s;
        }).orElse("");
    }

    private static final Map<String, FactCheck.Verdict> VERDICTS = words(FactCheck.Verdict::key, FactCheck.Verdict.values());

    private Optional<FactCheck> factCheck(Node node) {
        return in.mapping(node, "a fact check").flatMap(f -> {
            f.allowOnly(Set.of("id", "claim", "verdict", "finding", "sources"));
            Optional<String> id = f.id("id");
            Supplier<String> owner = EditionTexts.owner("fact check", f);
            String claim = texts.requiredText(f, "claim", owner).orElse("");
            Optional<FactCheck.Verdict> verdict = f.required("verdict").isPresent() ? f.choice("verdict", VERDICTS) : Optional.empty();
            Optional<ScalarNode> findingNode = f.required("finding").flatMap(n -> texts.node(f, "finding", owner));
            String finding = findingNode.map(ScalarNode::getValue).orElse("");
            List<Integer> src = checkSources(f, true);
            if (id.isEmpty() || verdict.isEmpty() || !unique("fact check", id.get(), f)) {
                return Optional.empty();
            }
            Position findingAt = findingNode.map(n -> {
                Position p = in.at(n);
                boolean quoted = n.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
                return quoted ? new Position(p.file(), p.line(), p.column() + 1) : p;
            }).orElse(f.position());
            return Optional.of(new FactCheck(id.get(), claim, verdict.get(), finding, src, findingAt,
                    in.source().line(findingAt.line())));
        });
    }
}
