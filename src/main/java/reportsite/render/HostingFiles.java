package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import reportsite.data.SiteInfo;

/**
 * The files that the host and crawlers read beside the pages: {@code .nojekyll}, {@code CNAME},
 * {@code robots.txt} and, when the site's address is known, {@code sitemap.xml}.
 */
public final class HostingFiles {

    private HostingFiles() {
    }

    /**
     * @param paths every output path of the site; the sitemap lists its HTML pages but the 404 page
     * @param site the report's settings, with the address the build was given, if any
     * @param alternates for a page that has editions in other languages, each edition's path by
     *     {@code hreflang} (itself included); empty for a site in one language
     * @return output path → bytes, sorted by path
     */
    public static Map<String, byte[]> of(Collection<String> paths, SiteInfo site, Map<String, Map<String, String>> alternates) {
        Map<String, byte[]> files = new TreeMap<>();
        // GitHub Pages would otherwise run Jekyll over the site, which drops files starting with '_'.
        files.put(".nojekyll", new byte[0]);
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        site.baseUrl().ifPresent(base -> {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            files.put("sitemap.xml", sitemap(paths, base, alternates).getBytes(StandardCharsets.UTF_8));
        });
        files.put("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
        // GitHub Pages reads the custom domain from a CNAME file at the root of what it serves.
        site.cname().ifPresent(host -> files.put("CNAME", (host + "\n").getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static String sitemap(Collection<String> paths, String base, Map<String, Map<String, String>> alternates) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (alternates.isEmpty() ? "" : " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"") + ">\n");
        paths.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.endsWith("/404.html")).sorted().forEach(p -> {
            xml.append("  <url><loc>").append(url(base, p)).append("</loc>");
            // Google reads the other editions of a page from the sitemap as from hreflang links.
            alternates.getOrDefault(p, Map.of()).forEach((lang, other) -> xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(lang).append("\" href=\"").append(url(base, other)).append("\"/>"));
            xml.append(alternates.containsKey(p) ? "\n  </url>\n" : "</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    /** A page's address: a folder's index page is the folder itself. */
    private static String url(String base, String path) {
        boolean folderIndex = path.equals("index.html") || path.endsWith("/index.html");
        return xmlText(uri(base + (folderIndex ? path.substring(0, path.length() - "index.html".length()) : path)));
    }

    /** The sitemap protocol wants URIs: characters outside ASCII (a Chinese slug) are percent-encoded as UTF-8. */
    static String uri(String iri) {
        StringBuilder out = new StringBuilder();
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Text content of an XML element. */
    static String xmlText(String s) {
        return freemarker.template.utility.StringUtil.XMLEnc(s);
    }
}
