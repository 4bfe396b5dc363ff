/**
 * The interface strings of each edition ({@code templates/i18n/<code>.yaml}, over the built-in
 * theme's), read after the data and the sources: it uses both, and neither uses it, so that
 * {@code source} → {@code data} runs one way.
 */
package reportsite.i18n;
