package reportsite.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * A page's ids and links, read by an HTML parser, so that raw HTML written in the Markdown is
 * read as a browser reads it: any quoting, any case, entities decoded.
 */
public record PageLinks(Set<String> ids, List<Link> links) {

    /** A URL as the browser sees it (entities decoded), and where its attribute starts in the page (or 0, 0). */
    public record Link(String url, int line, int column) {
    }

    /** Attributes whose value a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "xlink:href");

    /** A page's ids and links, without places: what a check needs until it finds a problem. */
    public static PageLinks read(byte[] page) {
        return of(parse(page, false), false);
    }

    /**
     * @param placed whether to note where each link is. That doubles the parse time, so a check
     *               reads a page again with places only when it has found a problem in it
     */
    static PageLinks read(byte[] page, boolean placed) {
        return of(parse(page, placed), placed);
    }

    /** A page parsed as a browser parses it, with the places of its nodes or without. */
    public static Document parse(byte[] page, boolean placed) {
        // A parser per page: jsoup's parsers keep state while parsing.
        Parser parser = Parser.htmlParser().setTrackPosition(placed);
        return Jsoup.parse(new String(page, StandardCharsets.UTF_8), "", parser);
    }

    /** The ids and links of a page parsed without places ({@code placed} false) or with them. */
    public static PageLinks of(Document doc, boolean placed) {
        Set<String> ids = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                String value = attribute.getValue();
                if (name.equals("id")) {
                    if (!value.isEmpty()) {
                        ids.add(value);
                    }
                } else if (URL_ATTRIBUTES.contains(name) || name.equals("srcset")) {
                    Range.Position at = placed ? attribute.sourceRange().nameRange().start() : null;
                    List<String> urls = name.equals("srcset") ? srcset(value) : List.of(value);
                    for (String url : urls) {
                        links.add(placed ? new Link(url, at.lineNumber(), at.columnNumber()) : new Link(url, 0, 0));
                    }
                }
            }
        }
        return new PageLinks(ids, links);
    }

    /**
     * The URLs of a {@code srcset}, split as the HTML standard does: a URL runs to the next
     * whitespace (so a data: URL may hold commas), then descriptors run to the next comma.
     */
    static List<String> srcset(String value) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            boolean endsCandidate = url.endsWith(",");
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
            if (!endsCandidate) {
                int depth = 0;
                while (i < n && (value.charAt(i) != ',' || depth > 0)) {
                    depth += value.charAt(i) == '(' ? 1 : value.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
        }
        return urls;
    }
}
