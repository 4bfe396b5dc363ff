/**
 * {@code serve}: the editing loop. Builds the site, serves the output folder over HTTP (the JDK's
 * {@code com.sun.net.httpserver}), watches {@code content/} and {@code templates/}, rebuilds on a
 * change and tells open tabs to reload through server-sent events. The reload script is added
 * to HTML responses by the server only; the files in the output folder are those of a build.
 */
package reportsite.serve;
