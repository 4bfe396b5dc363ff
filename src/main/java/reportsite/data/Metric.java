package reportsite.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is measured and how it is shown.
 *
 * @param noun what a count counts ("tokens"), or ""
 * @param decimals preferred decimals for computed values
 * @param derivation for derived metrics, how they are computed ("year-on-year change of capex"), else ""
 */
public record Metric(String id, String label, Unit unit, String noun, Scale scale, int decimals, Kind kind,
                     String description, String derivation) {

    public enum Unit { MONEY, PERCENT, COUNT }

    public enum Kind {
        ACTUAL("reported"), GUIDANCE("guidance"), PLAN("plan"), DERIVED("derived");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isDerived() {
        return kind == Kind.DERIVED;
    }

    /**
     * The label inside an English sentence: "Capital expenditure" → "capital expenditure";
     * "AI revenue" keeps its acronym, and "Gemini app monthly users" its name: the description
     * writes a name with its capital in mid-sentence, and never in lower case. Other languages
     * keep the label as written.
     */
    public String inSentence(Language lang) {
        if (!lang.rules().flag("lowercase_labels") || label.length() < 2 || !Character.isUpperCase(label.charAt(0))
                || !Character.isLowerCase(label.charAt(1))) {
            return label;
        }
        String first = label.split(" ", 2)[0];
        String word = Pattern.quote(first) + "(?![\\p{L}\\p{N}])";
        boolean name = Pattern.compile("[\\p{L}\\p{N},;] " + word).matcher(description).find()
                && !Pattern.compile("(?<![\\p{L}\\p{N}])(?i:" + word + ")").matcher(description.replace(first, "")).find();
        return name ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
