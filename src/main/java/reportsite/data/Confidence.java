package reportsite.data;

/** How strong a figure's sourcing is: a company release or a major outlet quoting it, a secondary report, a weak or undated source. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** Its word in the metrics file, in CSS classes and in string keys ("high"). */
    public String label() {
        return MetricsLoader.word(this);
    }
}
