/**
 * Markdown pages with front matter become {@link reportsite.content.Page}s: data directives
 * ({@code {{ alibaba.capex@FY2026-Q1 }}}) are resolved against the dataset, citations
 * ({@code [17]}) become links to numbered sources, embeds (charts, tables, key figures, fact
 * checks) are numbered and placed, and flexmark renders the rest.
 */
package reportsite.content;
