/**
 * Publishing the output: checks every internal link, anchor and image of the finished site,
 * then writes it into a staging folder beside the output folder and swaps it in, so that a
 * failed or interrupted build leaves the previous site whole. {@link reportsite.publish.BranchPublisher}
 * then commits that folder as the root of a git branch (gh-pages) and pushes it.
 */
package reportsite.publish;
