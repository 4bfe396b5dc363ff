package reportsite.updates;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writing JSON whose bytes depend on the value alone: object keys sorted, numbers as plain
 * decimals, one item of a top-level array per line (so that a change of one figure is a change
 * of one line), nothing else but the data.
 */
public final class Json {

    private Json() {
    }

    /** The text of {@code value}: a map (keys sorted), a list, a string, a number, a boolean; ends with a newline. */
    static String write(Map<String, ?> value) {
        StringBuilder sb = new StringBuilder("{");
        String sep = "\n";
        for (Map.Entry<String, ?> e : new TreeMap<>(value).entrySet()) {
            sb.append(sep).append("  ");
            string(sb, e.getKey());
            sb.append(": ");
            if (e.getValue() instanceof List<?> items && !items.isEmpty()) {
                sb.append('[');
                String itemSep = "\n";
                for (Object item : items) {
                    sb.append(itemSep).append("    ");
                    inline(sb, item);
                    itemSep = ",\n";
                }
                sb.append("\n  ]");
            } else {
                inline(sb, e.getValue());
            }
            sep = ",\n";
        }
        return sb.append("\n}\n").toString();
    }

    private static void inline(StringBuilder sb, Object value) {
        if (value instanceof Map<?, ?> map) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                sb.append(sep);
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                inline(sb, e.getValue());
                sep = ", ";
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            String sep = "";
            for (Object item : list) {
                sb.append(sep);
                inline(sb, item);
                sep = ", ";
            }
            sb.append(']');
        } else if (value instanceof BigDecimal n) {
            sb.append(n.stripTrailingZeros().toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            sb.append(value);
        } else if (value == null) {
            sb.append("null");
        } else {
            string(sb, value.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append(quote(s));
    }

    /**
     * A JSON string that is safe in a script too: {@code <} is escaped (no {@code </script>}), and
     * so are U+2028 and U+2029, which end a line in older JavaScript. The search index is a script.
     */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
