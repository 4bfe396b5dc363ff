package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a user runs it: the URL it prints, usage errors, and stopping. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void servesOnAFreePortPrintsTheUrlAndStops() throws Exception {
        Path content = MainTest.copyOfExample(tmp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", "--port", "0", "--content", content.toString(), "--out", tmp.resolve("site").toString())));
        serve.start();
        Pattern url = Pattern.compile("serving \\S+ at (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl-C stops\\)");
        long deadline = System.currentTimeMillis() + 60_000;
        Matcher m = url.matcher("");
        while (System.currentTimeMillis() < deadline && !(m = url.matcher(out.toString())).find()) {
            Thread.sleep(20);
        }
        assertTrue(m.find(0), "no URL printed:\n" + out + err);
        assertTrue(Integer.parseInt(m.group(2)) > 0, "the port actually bound, not 0");
        assertTrue(out.toString().matches("(?s)built: \\d+ pages, \\d+ charts, .*"), out.toString());

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "compare.html"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/__reload"));

        serve.interrupt();
        serve.join(10_000);
        assertEquals(ExitCodes.OK, exit.get(), err.toString());
        assertTrue(out.toString().endsWith("stopped\n"), out.toString());
    }

    @Test
    void aBadPortIsAUsageError() {
        MainTest.Run r = MainTest.run("serve", "--port", "70000", "--out", tmp.resolve("site").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--port must be from 0 to 65535, found 70000"), r.err());
    }

    @Test
    void aPortInUseSaysSoAndHowToGetAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            MainTest.Run r = MainTest.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--out", tmp.resolve("site").toString());
            assertEquals(ExitCodes.USAGE, r.exit(), r.err());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertTrue(r.err().contains("--port 0"), r.err());
        }
    }

    @Test
    void helpListsTheOptions() {
        MainTest.Run r = MainTest.run("serve", "--help");
        assertEquals(ExitCodes.OK, r.exit());
        for (String option : new String[] {"--port", "--host", "--content", "--templates", "--out", "--drafts", "--safe"}) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }
}
