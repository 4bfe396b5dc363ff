/**
 * Image encoding shared by the stages that draw (charts, social previews): PNG bytes from a
 * drawn image, the same bytes for the same pixels.
 */
package reportsite.image;
