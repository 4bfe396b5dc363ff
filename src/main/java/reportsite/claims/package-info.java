/**
 * Checked claims: a condition over the data that a sentence of prose asserts ("grows faster",
 * "a record", "still rising", "the lines cross"), parsed from a {@code {{ claim … }}} directive
 * and judged against the dataset on every build, and the short list of comparative words that
 * call for one.
 */
package reportsite.claims;
