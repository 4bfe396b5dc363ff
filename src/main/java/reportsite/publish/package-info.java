/**
 * Publishing the output: checks every internal link, anchor and image of the finished site,
 * then writes it into a staging folder beside the output folder and swaps it in, so that a
 * failed or interrupted build leaves the previous site whole.
 */
package reportsite.publish;
