package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import reportsite.build.MiniSite;
import reportsite.data.MiniData;

/** {@code build --base-url}: the address reaches the canonical links, the sitemap, robots.txt, the cards and the 404 page. */
class BaseUrlTest {

    @TempDir
    Path tmp;

    private MainTest.Run build(MiniSite site, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--clean", "--content", site.content().toString(), "--out", site.out().toString()));
        args.addAll(List.of(extra));
        return MainTest.run(args.toArray(String[]::new));
    }

    private static Document page(MiniSite site, String path) throws IOException {
        return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theAddressGivesCanonicalLinksAndAnEscapedSitemap() throws Exception {
        MiniSite site = new MiniSite(tmp).write("content/r-and-d.md", "---\ntitle: R&D\nslug: r-and-d\n---\nText.\n");
        // '&' is legal in a URL path and must be escaped in XML; the missing '/' is added.
        MainTest.Run r = build(site, "--base-url", "https://owner.example.io/r&d");

        assertEquals(0, r.exit(), r.err());
        String base = "https://owner.example.io/r&d/";
        assertEquals(base, page(site, "index.html").select("link[rel=canonical]").attr("href"));
        assertEquals(base + "r-and-d.html", page(site, "r-and-d.html").select("link[rel=canonical]").attr("href"));
        assertTrue(page(site, "r-and-d.html").select("meta[property=og:image]").attr("content").startsWith(base), "og:image");
        // Served at any depth, the 404 page links absolutely.
        Document notFound = page(site, "404.html");
        assertEquals(base + "assets/style.css", notFound.select("link[rel=stylesheet]").attr("href"));
        assertEquals(base + "index.html", notFound.select("main a").attr("href"));

        byte[] xml = Files.readAllBytes(site.out().resolve("sitemap.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locs = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS(
                "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains(base), urls.toString());
        assertTrue(urls.contains(base + "r-and-d.html"), urls.toString());
        assertFalse(urls.stream().anyMatch(u -> u.endsWith("404.html")), urls.toString());
        assertTrue(Files.readString(site.out().resolve("robots.txt")).contains("Sitemap: " + base + "sitemap.xml\n"));
    }

    @Test
    void theFlagWinsOverTheMetricsFileAndWithoutEitherThereIsNoAddress() throws IOException {
        MiniSite site = new MiniSite(tmp);
        MainTest.Run plain = build(site);
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(Files.exists(site.out().resolve("sitemap.xml")));
        assertTrue(page(site, "index.html").select("link[rel=canonical], meta[property=og:image]").isEmpty());
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(site.out().resolve("robots.txt")));

        site.write("content/metrics.yaml", MiniData.BASE.replace("site:\n", "site:\n  base_url: https://committed.example.org/\n"));
        MainTest.Run r = build(site, "--base-url", "https://given.example.org/report/");
        assertEquals(0, r.exit(), r.err());
        assertEquals("https://given.example.org/report/", page(site, "index.html").select("link[rel=canonical]").attr("href"));
    }

    @Test
    void anAddressThatIsNotAWebAddressIsAUsageError() {
        MainTest.Run r = build(new MiniSite(tmp), "--base-url", "owner.github.io/repo");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("'owner.github.io/repo' is not an http:// or https:// address"), r.err());
    }
}
