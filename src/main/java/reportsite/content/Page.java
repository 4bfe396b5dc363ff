package reportsite.content;

import java.util.List;

/**
 * A compiled page, ready for a layout template.
 *
 * @param source path of the Markdown file below the content folder
 * @param html the body as HTML
 * @param toc the page's second- and third-level headings
 * @param references the sources the page cites, in citation-number order, with the ids of the places citing them
 * @param charts ids of the charts embedded, in order
 * @param figures keys of the figures its directives show ({@code entity.metric@period}), sorted:
 *     the Data updates page names the pages that show a changed figure
 * @param claims its sentences that the build judged, for the claims ledger
 */
public record Page(String source, PageMeta meta, String html, List<Heading> toc, List<Reference> references,
                   List<String> charts, List<String> figures, List<ClaimLedger.Entry> claims) {

    public String slug() {
        return meta.slug();
    }

    public String outputPath() {
        return meta.slug() + ".html";
    }

    public PageOutline outline() {
        return new PageOutline(source, meta);
    }

    public record Heading(int level, String id, String text) {
    }

    public record Reference(int source, List<String> backlinks) {
    }
}
