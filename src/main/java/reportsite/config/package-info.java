/** The build's settings: one immutable record, read once from the command line (the output folder is checked by publish before a build starts). */
package reportsite.config;
