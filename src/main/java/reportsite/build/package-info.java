/**
 * The front door: {@link reportsite.build.SiteBuilder} for the commands, and
 * {@link reportsite.build.Pipeline}, which runs the stages from content/ and templates/ to the
 * files of site/ in the order its {@code run} method lists them. Beside the stages, not inside
 * them: the one cache layer ({@link reportsite.build.BuildCache} and its keys,
 * {@link reportsite.build.Keys}) and the one executor of a run ({@link reportsite.build.Work}).
 */
package reportsite.build;
