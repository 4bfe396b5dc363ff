package reportsite.data;

import java.math.BigDecimal;

/** The power of ten a metric's values are written in. */
public enum Scale {
    NONE(0, "", ""), THOUSAND(3, "thousand", "k"), MILLION(6, "million", "m"), BILLION(9, "billion", "bn"),
    TRILLION(12, "trillion", "tn");

    private final int exponent;
    private final String word;
    private final String abbreviation;

    Scale(int exponent, String word, String abbreviation) {
        this.exponent = exponent;
        this.word = word;
        this.abbreviation = abbreviation;
    }

    public BigDecimal factor() {
        return BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    public String word() {
        return word;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
