/**
 * The command line: {@code build}, {@code check}, {@code serve} and {@code publish}, their options, and exit codes. User
 * mistakes are printed as positioned diagnostics, never as stack traces.
 */
package reportsite.cli;
