/**
 * {@code report-site new}: a small, complete report to start from, written from the starter files
 * in the jar ({@code reportsite/starter/}) with the entities, languages and title asked for.
 */
package reportsite.start;
