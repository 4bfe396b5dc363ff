package reportsite.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One unit of {@code base} buys {@code rate} units of {@code quote}, as of a date. */
public record FxRate(String base, String quote, BigDecimal rate, LocalDate asOf, List<Integer> sources, String note) {
}
