/**
 * The command line: {@code build}, {@code check} and {@code publish}, their options, and exit codes. User
 * mistakes are printed as positioned diagnostics, never as stack traces.
 */
package reportsite.cli;
