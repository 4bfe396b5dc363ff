package reportsite.data;

import java.math.BigDecimal;

/**
 * How a language writes amounts: {@link WesternNumbers} (US$38.7 bn, 980 trillion tokens) or
 * {@link MyriadNumbers} (386.8亿元, 3,200万亿个Token), chosen by {@code numbers:} in the
 * language's rules. Reached through {@link ValueFormatter}, so there is one formatter.
 */
interface NumberStyle {

    /** A figure of a metric with its unit, no qualifier. */
    String amount(Metric m, BigDecimal x, String currency, boolean computed);

    /** Both ends of a range with the unit. */
    String range(Metric m, Value.Range r, String currency, boolean computed);

    /** A chart label in the unit of {@link #unitLabel}, {@code shift} steps of 10⁴ higher where the style has them. */
    String compact(Metric m, Value v, boolean computed, int shift);

    /** The unit as an axis or column label. */
    String unitLabel(Metric m, String currency, int shift);

    /** A figure in the unit of {@link #unitLabel}, as a chart plots it. */
    BigDecimal axisValue(Metric m, BigDecimal x, int shift);

    /** How many steps of 10⁴ a chart's unit rises so that no figure reaches 10,000 of it; 0 where the style has none. */
    int shift(Metric m, BigDecimal max);

    /** A currency as the edition names it beside an amount or in a rate: "USD", "美元". */
    String currencyName(String currency);
}
