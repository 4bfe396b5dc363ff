package reportsite.data;

/**
 * A company (or any subject compared).
 *
 * @param colour {@code #RRGGBB}
 * @param currency ISO 4217 code of its reporting currency
 * @param fiscalYearStart month (1-12) its fiscal year starts in
 */
public record Entity(String id, String name, String shortName, String colour, String currency, int fiscalYearStart) {
}
