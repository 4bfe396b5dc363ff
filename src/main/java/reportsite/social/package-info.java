/**
 * Social preview images: one 1200×630 PNG per page, shown when a link to the page is shared
 * (og:image). Drawn with Java2D in the charts' shipped font, so the same page gives the same bytes.
 */
package reportsite.social;
