/**
 * The command line: {@code build} and {@code check}, their options, and exit codes. User
 * mistakes are printed as positioned diagnostics, never as stack traces.
 */
package reportsite.cli;
