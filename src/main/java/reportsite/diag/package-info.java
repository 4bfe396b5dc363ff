/**
 * Diagnostics: positions in input files and the user errors found at them. Every stage reports
 * problems as {@link reportsite.diag.Diagnostic} values collected in a {@link reportsite.diag.Diagnostics}
 * so that one run lists all problems, each with file, line, column, the line itself and a hint.
 */
package reportsite.diag;
