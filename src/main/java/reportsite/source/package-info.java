/**
 * Finds and reads the input files, in sorted order, into records holding their path and text.
 * Decoding is strict UTF-8; a BOM is dropped and CRLF line ends become LF, so that positions
 * and output do not depend on the editor that saved a file.
 */
package reportsite.source;
