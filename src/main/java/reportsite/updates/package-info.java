/**
 * What changed in the data between two builds. Every build keeps a snapshot of its figures (and
 * of what each page and chart shows) in the cache folder; the next build compares its own with
 * it, reports the figures that changed, were added or removed and the pages and charts showing
 * them, and records the change in {@code content/data-updates.yaml}, dated with the data's
 * {@code site.as_of}. The "Data updates" page is rendered from that file alone, so that a clone
 * without a cache builds the same site.
 */
package reportsite.updates;
