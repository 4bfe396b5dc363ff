package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@code --safe} keeps links and images whose URL is relative, http(s), mailto or a data image,
 * and drops every other scheme however it is spelled. (flexmark's default drops only a
 * lower-case {@code javascript:}: mixed case and entity-encoded schemes got through.)
 */
class SafeMarkdownTest {

    private static Document safe(String markdown) {
        return Jsoup.parse(new MarkdownRenderer(true).render(markdown));
    }

    @Test
    void scriptSchemesAreDroppedHoweverTheyAreWritten() {
        Document doc = safe("""
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1))
                [d](java&#9;script:alert(1)) [e](vbscript:msgbox(1)) [f](data:text/html,<script>alert(1)</script>)
                <JAVASCRIPT:alert(1)> ![g](javascript:alert(1)) [h]( javascript:alert(1))

                [r]: jAvAsCrIpT:alert(1)

                [ref][r]
                """);
        assertEquals(List.of(), doc.select("[href], [src]").eachAttr("abs:href"), doc.body().html());
        assertEquals(List.of(), doc.select("a[href], img[src]").eachAttr("href"), doc.body().html());
    }

    @Test
    void ordinaryLinksStay() {
        Document doc = safe("""
                [page](investment.html) [anchor](#capex) [there](sources.html#source-1) [up](../x.html)
                [web](https://example.com/a?b=c:d) [plain](http://example.com) [mail](mailto:a@example.com)
                ![dot](data:image/png;base64,iVBORw0KGgo=) [colon later](notes.html?at=10:30)
                """);
        assertEquals(List.of("investment.html", "#capex", "sources.html#source-1", "../x.html", "https://example.com/a?b=c:d",
                "http://example.com", "mailto:a@example.com", "notes.html?at=10:30"), doc.select("a").eachAttr("href"));
        assertEquals(List.of("data:image/png;base64,iVBORw0KGgo="), doc.select("img").eachAttr("src"));
    }

    @Test
    void rawHtmlLinksAreDroppedHoweverTheyAreQuotedOrSpelled() {
        Document doc = safe("""
                <p><a href='JavaScript:alert(1)'>a</a> <A HREF=jav&#x61;script:alert(2)>b</A></p>

                Inline <a href=" javascript:alert(3)">c</a>, <a href='VBScript:x'>d</a> and <img src='JAVASCRIPT:alert(4)'>.
                """);
        assertEquals(List.of(), doc.select("[href], [src]").eachAttr("href"), doc.body().html());
        assertEquals(List.of(), doc.select("[src]").eachAttr("src"), doc.body().html());
    }
}
