package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;

/**
 * {@code record}: for a site a CI workflow publishes, the figures that changed since the published
 * figures.json are entered in the history file, and nothing else is written.
 */
class RecordCommandTest {

    @TempDir
    Path tmp;

    private MiniSite published() throws IOException {
        MiniSite site = new MiniSite(tmp.resolve("report")).write("content/metrics.yaml", DraftThenPublishTest.DATED);
        assertEquals(0, MainTest.run("build", "--content", site.content().toString(), "--out", site.out().toString()).exit());
        Files.copy(site.out().resolve("figures.json"), tmp.resolve("published.json"));
        return site;
    }

    private static void setCapex(MiniSite site, String value) throws IOException {
        site.write("content/metrics.yaml", Files.readString(site.content().resolve("metrics.yaml"))
                .replaceFirst("(    period: 2025-Q2\\n    value: )[0-9.]+\\n", "$1" + value + "\n"));
    }

    @Test
    void recordsTheChangesSinceAPublishedCopyOnceAndWritesNothingElse() throws IOException {
        MiniSite site = published();
        Map<String, byte[]> built = MiniSite.tree(site.out());
        setCapex(site, "23.1");
        setCapex(site, "24.0");

        MainTest.Run r = MainTest.run("record", "--content", site.content().toString(), "--since", tmp.resolve("published.json").toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  Globex, Capital expenditure, Q2 2025: revised, US$22.4 bn → US$24.0 bn\n"), r.out());
        assertTrue(r.out().contains("data-updates.yaml: commit it"), r.out());
        String history = Files.readString(site.content().resolve("data-updates.yaml"));
        assertTrue(history.contains("before: \"US$22.4 bn\", before_value: \"22.4\", after: \"US$24.0 bn\"}"), history);
        assertEquals(MiniSite.digest(built), MiniSite.digest(MiniSite.tree(site.out())), "the site is left as it was");

        MainTest.Run again = MainTest.run("record", "--content", site.content().toString(), "--since", tmp.resolve("published.json").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("nothing to record: "), again.out());
        assertEquals(history, Files.readString(site.content().resolve("data-updates.yaml")));
    }

    @Test
    void readsThePublishedSiteAtItsAddressAndAMissingFileRecordsNothing() throws IOException {
        MiniSite site = published();
        byte[] json = Files.readAllBytes(tmp.resolve("published.json"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/report/", exchange -> {
            boolean found = exchange.getRequestURI().getPath().equals("/report/figures.json");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? json.length : -1);
            if (found) {
                exchange.getResponseBody().write(json);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            site.write("content/metrics.yaml", Files.readString(site.content().resolve("metrics.yaml"))
                    .replace("  as_of: 2025-11-28\n", "  as_of: 2025-11-28\n  base_url: " + base + "/report/\n"));
            setCapex(site, "23.1");

            MainTest.Run r = MainTest.run("record", "--content", site.content().toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("data changed since " + base + "/report/figures.json (data as of 2025-11-28):\n"), r.out());

            MainTest.Run none = MainTest.run("record", "--content", site.content().toString(), "--base-url", base + "/elsewhere/");
            assertEquals(0, none.exit(), none.err());
            assertTrue(none.out().startsWith("nothing to record: " + base + "/elsewhere/figures.json does not exist"), none.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withoutAnAddressOrWithABrokenFileItIsAnErrorWithAHint() throws IOException {
        MiniSite site = published();
        MainTest.Run none = MainTest.run("record", "--content", site.content().toString());
        assertEquals(ExitCodes.BAD_INPUT, none.exit());
        assertTrue(none.err().startsWith("--since: error: no address to read the published figures from\n"), none.err());
        assertTrue(none.err().contains("hint: pass --since with the published site's figures.json"), none.err());

        MainTest.Run missing = MainTest.run("record", "--content", site.content().toString(), "--since", tmp.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertTrue(missing.err().startsWith("--since: error: the file " + tmp.resolve("nope.json") + " does not exist"), missing.err());

        Files.writeString(tmp.resolve("broken.json"), "{\"format\": \"report-site figures 1\", \"figures\": 3}\n", StandardCharsets.UTF_8);
        MainTest.Run broken = MainTest.run("record", "--content", site.content().toString(), "--since", tmp.resolve("broken.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, broken.exit());
        assertTrue(broken.err().contains(tmp.resolve("broken.json") + ":1:48: error: figures must be a list"), broken.err());
        assertTrue(broken.err().contains("error: this is not the figures.json of a site report-site built"), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
        assertFalse(Files.exists(site.content().resolve("data-updates.yaml")));
    }
}
