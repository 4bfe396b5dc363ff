/**
 * FreeMarker: a page and the site model become HTML. Templates are loaded only from the
 * templates folder, escape HTML automatically ({@code .ftlh}), cannot instantiate classes or use
 * {@code ?api}, and see only the documented model of maps, lists and strings.
 */
package reportsite.render;
