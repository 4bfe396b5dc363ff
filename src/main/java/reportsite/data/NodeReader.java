package reportsite.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.diag.Suggest;

/**
 * Reads typed fields from YAML nodes, reporting every mistake (wrong type, missing field,
 * unknown key) at its position and carrying on, so that one run lists all problems.
 */
public final class NodeReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Figures are stated to at most this many decimal places, and written in at most so many characters. */
    static final int MAX_DECIMALS = 12;
    static final int MAX_NUMBER_CHARS = 60;

    private final SourceText source;
    private final int lineOffset;
    private final Diagnostics diagnostics;

    public NodeReader(SourceText source, int lineOffset, Diagnostics diagnostics) {
        this.source = source;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    public Position at(Node node) {
        return YamlNodes.position(node, source, lineOffset);
    }

    public void error(Node node, String message, String hint) {
        diagnostics.error(source, at(node), message, hint);
    }

    public void error(Position at, String message, String hint) {
        diagnostics.error(source, at, message, hint);
    }

    public void warning(Node node, String message, String hint) {
        diagnostics.warning(source, at(node), message, hint);
    }

    public SourceText source() {
        return source;
    }

    /** A mapping's entries by key, or empty after an error if the node is not a mapping. */
    public Optional<Fields> mapping(Node node, String what) {
        if (!(node instanceof MappingNode m)) {
            error(node, what + " must be a mapping (key: value), found " + YamlNodes.describe(node), "");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                // The composer keeps duplicate keys (only construction would refuse them).
                if (entries.containsKey(k.getValue())) {
                    error(t.getKeyNode(), "duplicate key '" + k.getValue() + "' in " + what,
                            "each key may appear once in a mapping; the first is at line " + at(entries.get(k.getValue()).getKeyNode()).line());
                    continue;
                }
                entries.put(k.getValue(), t);
            } else {
                error(t.getKeyNode(), "keys must be plain words", "");
            }
        }
        return Optional.of(new Fields(node, what, entries));
    }

    /** The items of a list; a missing or null list is empty. */
    public List<Node> list(Node node, String what) {
        if (node == null || YamlNodes.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            error(node, what + " must be a list (lines starting with '- '), found " + YamlNodes.describe(node), "");
            return List.of();
        }
        return s.getValue();
    }

    /** The fields of one mapping. */
    public final class Fields {
        private final Node node;
        private final String what;
        private final Map<String, NodeTuple> entries;

        Fields(Node node, String what, Map<String, NodeTuple> entries) {
            this.node = node;
            this.what = what;
            this.entries = entries;
        }

        public Node node() {
            return node;
        }

        /** The reader of the file this mapping is in, to report at its positions. */
        public NodeReader reader() {
            return NodeReader.this;
        }

        public Position position() {
            return at(node);
        }

        public Set<String> keys() {
            return entries.keySet();
        }

        /** Reports keys not in {@code allowed}, suggesting the closest allowed key. */
        public void allowOnly(Set<String> allowed) {
            for (var e : entries.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    error(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "' in " + what,
                            Suggest.hint(e.getKey(), allowed));
                }
            }
        }

        public Optional<Node> get(String key) {
            NodeTuple t = entries.get(key);
            return t == null || YamlNodes.isNull(t.getValueNode()) ? Optional.empty() : Optional.of(t.getValueNode());
        }

        /** The value of {@code key} even when it is null, or the mapping itself when the key is absent: where to point. */
        public Node valueOrMapping(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? node : t.getValueNode();
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        public Optional<Node> required(String key) {
            Optional<Node> n = get(key);
            if (n.isEmpty()) {
                NodeTuple t = entries.get(key);
                error(t == null ? node : t.getValueNode(), "missing required field '" + key + "' in " + what,
                        source.file().endsWith(".csv") ? "fill in the '" + key + "' cell" : "add '" + key + ": …'");
            }
            return n;
        }

        public Optional<String> string(String key) {
            return get(key).flatMap(n -> text(n, key));
        }

        public Optional<String> requiredString(String key) {
            return required(key).flatMap(n -> text(n, key));
        }

        public String string(String key, String fallback) {
            return string(key).orElse(fallback);
        }

        public Optional<BigDecimal> number(String key) {
            return get(key).flatMap(n -> NodeReader.this.number(n, key));
        }

        public Optional<BigDecimal> requiredNumber(String key) {
            return required(key).flatMap(n -> NodeReader.this.number(n, key));
        }

        public Optional<Integer> integer(String key, int min, int max) {
            return number(key).flatMap(v -> {
                if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                        || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                    error(get(key).orElseThrow(), "'" + key + "' must be a whole number from " + min + " to " + max
                            + ", found " + v.toPlainString(), "");
                    return Optional.empty();
                }
                return Optional.of(v.intValue());
            });
        }

        public Optional<LocalDate> date(String key) {
            return get(key).flatMap(n -> text(n, key).flatMap(s -> {
                try {
                    return Optional.of(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    error(n, "'" + key + "' must be a date YYYY-MM-DD, found '" + s + "'", "for example 2025-06-30");
                    return Optional.empty();
                }
            }));
        }

        public Optional<String> id(String key) {
            return requiredString(key).flatMap(s -> {
                if (!ID.matcher(s).matches() || s.length() > 64) {
                    error(get(key).orElseThrow(), "'" + s + "' is not a valid id",
                            "use lower-case letters, digits, '-' and '_' (at most 64)");
                    return Optional.empty();
                }
                return Optional.of(s);
            });
        }

        /** A value from a fixed set of words. */
        public <E> Optional<E> choice(String key, Map<String, E> choices) {
            return get(key).flatMap(n -> text(n, key).flatMap(s -> {
                E e = choices.get(s);
                if (e == null) {
                    error(n, "'" + key + "' cannot be '" + s + "'", "use one of: " + String.join(", ", choices.keySet()));
                }
                return Optional.ofNullable(e);
            }));
        }

        /** A scalar or a list of scalars, each mapped with {@code item}. */
        public <T> List<T> items(String key, Function<Node, Optional<T>> item) {
            Optional<Node> n = get(key);
            if (n.isEmpty()) {
                return List.of();
            }
            List<Node> nodes = n.get() instanceof SequenceNode s ? s.getValue() : List.of(n.get());
            List<T> out = new ArrayList<>();
            for (Node child : nodes) {
                item.apply(child).ifPresent(out::add);
            }
            return List.copyOf(out);
        }
    }

    public Optional<String> text(Node n, String key) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            if (v.length() > 10_000) {
                error(n, "'" + key + "' is too long (" + v.length() + " characters; the limit is 10000)", "");
                return Optional.empty();
            }
            return Optional.of(v);
        }
        error(n, "'" + key + "' must be text, found " + YamlNodes.describe(n), "");
        return Optional.empty();
    }

    /** YAML's infinities and not-a-number, compiled once (every figure of the metrics file is read here). */
    private static final java.util.regex.Pattern NOT_FINITE = java.util.regex.Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    public Optional<BigDecimal> number(Node n, String key) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            String v = s.getValue().replace("_", "");
            if (NOT_FINITE.matcher(v).matches()) {
                error(n, "'" + key + "' must be a finite number, found " + s.getValue(), "write the figure as digits");
                return Optional.empty();
            }
            if (v.length() > MAX_NUMBER_CHARS) {
                error(n, "'" + key + "' has too many digits: " + v.substring(0, 20) + "…", "write at most " + MAX_NUMBER_CHARS
                        + " characters; use a larger scale");
                return Optional.empty();
            }
            try {
                BigDecimal d = v.startsWith("0x") || v.startsWith("0o")
                        ? new BigDecimal(new java.math.BigInteger(v.substring(2), v.startsWith("0x") ? 16 : 8))
                        : new BigDecimal(v);
                if (d.abs().compareTo(new BigDecimal("1e18")) > 0) {
                    error(n, "'" + key + "' is out of range: " + s.getValue(), "figures must be below 10^18; use a larger scale");
                    return Optional.empty();
                }
                // 1e-999999999 is in range, but written out it has a billion digits: every
                // message and page showing it would run out of memory.
                BigDecimal stripped = d.stripTrailingZeros();
                if (stripped.scale() > MAX_DECIMALS) {
                    error(n, "'" + key + "' has more than " + MAX_DECIMALS + " decimal places: " + s.getValue(),
                            "round the figure, or use a smaller scale");
                    return Optional.empty();
                }
                return Optional.of(d.scale() > MAX_DECIMALS ? stripped : d);
            } catch (NumberFormatException e) {
                error(n, "'" + key + "' is not a number: " + s.getValue(), "");
                return Optional.empty();
            }
        }
        error(n, "'" + key + "' must be a number, found " + YamlNodes.describe(n),
                "write digits with a '.' for decimals and no unit, e.g. 38.68");
        return Optional.empty();
    }
}
