package reportsite.data;

/** How strong a figure's sourcing is. */
public enum Confidence {
    HIGH("high", "company release, or a major outlet quoting it"),
    MEDIUM("medium", "secondary report"),
    LOW("low", "weak or undated source");

    private final String label;
    private final String meaning;

    Confidence(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
