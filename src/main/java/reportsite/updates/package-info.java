/**
 * What changed in the data. Every build writes {@code figures.json} into the site: every figure
 * with its sources ({@link reportsite.updates.FiguresFile}). Publishing compares the data with the
 * published site's copy of that file and records the figures that changed, were added or removed
 * in {@code content/data-updates.yaml} ({@link reportsite.updates.UpdateHistory}), dated with the
 * data's {@code site.as_of}; a build or a serve records nothing, since a draft is not news to
 * readers. The "Data updates" page is rendered from that file alone, so that a clone without a
 * cache builds the same site. Apart from that, every build keeps a snapshot of its figures (and of
 * what each page and chart shows) in the cache folder, to tell the author what the next build
 * changed ({@link reportsite.updates.FigureSnapshot}).
 */
package reportsite.updates;
