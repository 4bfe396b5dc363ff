package reportsite.claims;

import java.math.BigDecimal;
import java.util.Optional;

/** A parsed claim: one of four kinds of condition over the data. */
public sealed interface Claim {

    /** {@code left > right}, with figures converted to {@code currency} (default: the reporting one). */
    record Comparison(Expr left, String operator, Expr right, Optional<String> currency) implements Claim {
    }

    /**
     * The figure is the highest (or lowest) of its series up to its period ({@code overEntities}
     * false: "a record"), or of every entity's figure for the same calendar months ("the largest").
     */
    record Extreme(FigureRef figure, boolean highest, boolean overEntities) implements Claim {
    }

    /** The last {@code count} figures of a series, up to the figure's period, rise (or fall) each time. */
    record Trend(FigureRef figure, boolean rising, int count) implements Claim {
    }

    /**
     * Two series, over the calendar periods both have (the last {@code window}, or all when 0),
     * are on opposite sides of each other at some two periods ({@code crosses}), or the first is
     * below the second at some period and above it at the last ({@code overtakes}). Meeting is
     * not crossing.
     */
    record Crossing(SeriesRef first, SeriesRef second, boolean overtakes, int window) implements Claim {
    }

    /** A number, a figure, a figure's growth, or two of these combined. */
    sealed interface Expr {
    }

    record Number(BigDecimal value) implements Expr {
    }

    /** A figure, or its change in percent on the period a year ({@code YOY}) or one period ({@code QOQ}) earlier. */
    record Figure(FigureRef ref, Growth growth) implements Expr {
    }

    record Arithmetic(Expr left, char operator, Expr right) implements Expr {
    }

    /**
     * What is read of a figure: its value (a range's midpoint), its growth on a year or a period
     * before, or the low or high end of its range ({@code low x}, {@code high x}).
     */
    enum Growth {
        NONE, YOY, QOQ, LOW, HIGH;

        boolean isGrowth() {
            return this == YOY || this == QOQ;
        }
    }

    record SeriesRef(String entity, String metric) {

        @Override
        public String toString() {
            return entity + "." + metric;
        }
    }

    /** {@code entity.metric@period}; the period may be {@code latest}. */
    record FigureRef(SeriesRef series, String period) {

        public boolean latest() {
            return period.equals("latest");
        }

        @Override
        public String toString() {
            return series + "@" + period;
        }
    }
}
