package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A figure as its source states it: exact, approximate, a bound, a range, or words. Only the
 * numeric forms can be charted, and each keeps its qualifier wherever it is shown.
 */
public sealed interface Value {

    /** The number to plot or compute with, if the value has one. */
    Optional<BigDecimal> number();

    /** True when the number is the figure itself, not a bound or an approximation. */
    default boolean isExact() {
        return false;
    }

    /** The same kind of value with its numbers multiplied by {@code factor}. */
    Value times(BigDecimal factor);

    record Exact(BigDecimal amount) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.of(amount);
        }

        @Override
        public boolean isExact() {
            return true;
        }

        public Value times(BigDecimal f) {
            return new Exact(amount.multiply(f));
        }
    }

    record About(BigDecimal amount) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.of(amount);
        }

        public Value times(BigDecimal f) {
            return new About(amount.multiply(f));
        }
    }

    record MoreThan(BigDecimal amount) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.of(amount);
        }

        public Value times(BigDecimal f) {
            return new MoreThan(amount.multiply(f));
        }
    }

    record LessThan(BigDecimal amount) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.of(amount);
        }

        public Value times(BigDecimal f) {
            return new LessThan(amount.multiply(f));
        }
    }

    record Range(BigDecimal from, BigDecimal to) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.of(from.add(to).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }

        public Value times(BigDecimal f) {
            return new Range(from.multiply(f), to.multiply(f));
        }
    }

    record Text(String words) implements Value {
        public Optional<BigDecimal> number() {
            return Optional.empty();
        }

        public Value times(BigDecimal f) {
            return this;
        }
    }
}
