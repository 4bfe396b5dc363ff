package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Markdown tables scroll in a box of their own; a table that came in its box is not boxed twice. */
class MarkdownTablesTest {

    @Test
    void aMarkdownTableGetsOneBox() {
        Document doc = Jsoup.parse(new MarkdownRenderer(false).render("| a | b |\n|---|---|\n| 1 | 2 |\n"));
        assertEquals(1, doc.select("div.table-scroll[tabindex=0] > table.data").size());
    }

    @Test
    void aTableAlreadyInItsBoxKeepsThatBoxOnly() {
        String embedded = "<p>x</p>\n<div class=\"table-scroll\" tabindex=\"0\">\n      <table class=\"data\">\n<tr><td>1</td></tr>\n</table>\n</div>\n";
        Document doc = Jsoup.parse(MarkdownTables.wrap(embedded));
        assertEquals(1, doc.select("div.table-scroll").size());
        assertEquals(0, doc.select("div.table-scroll div.table-scroll").size());
    }
}
