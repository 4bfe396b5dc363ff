package scratch;

import java.nio.file.*;
import java.io.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileScratchTest {
    @TempDir Path tmp;

    @Test
    void profile() throws Exception {
        for (int i = 0; i < 12; i++) {
            Path d = tmp.resolve("c" + i);
            long t0 = System.nanoTime();
            copy(Path.of("src/test/resources/bad-input/_base"), d);
            copy(Path.of("templates"), d.resolve("templates"));
            if (i > 0) copy(tmp.resolve("c0/.cache"), d.resolve(".cache"));
            long t1 = System.nanoTime();
            var sw = new StringWriter();
            int rc = reportsite.cli.Main.commandLine(new PrintWriter(sw), new PrintWriter(sw)).execute("build", "--content", d.resolve("content").toString(), "--templates", d.resolve("templates").toString(), "--out", d.resolve("out").toString(), "--timings");
            long t2 = System.nanoTime();
            reportsite.build.MiniSite.tree(d.resolve("out"));
            long t3 = System.nanoTime();
            try (var w = Files.walk(d.resolve(".cache"))) { System.out.println("cache files " + w.filter(Files::isRegularFile).count()); }
            System.out.println(rc + " copy " + (t1-t0)/1000000 + " build " + (t2-t1)/1000000 + " tree " + (t3-t2)/1000000 + "\n" + sw);
        }
    }
    static void copy(Path from, Path to) throws IOException {
        try (var w = Files.walk(from)) { for (Path p : w.toList()) { Path t = to.resolve(from.relativize(p).toString()); if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t); } }
    }
}
