package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/report-site on the PATH through a symlink finds the jar beside the script, not beside the link. */
class LauncherTest {

    @Test
    void theLauncherResolvesItsOwnLocationThroughASymlink(@TempDir Path tmp) throws Exception {
        Path tool = tmp.resolve("tool");
        Files.createDirectories(tool.resolve("bin"));
        Path script = Files.copy(Path.of("bin/report-site"), tool.resolve("bin/report-site"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path onPath = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(onPath.resolve("report-site"), script);

        // No jar in this copy: the message names where the launcher looked.
        var env = new ProcessBuilder().environment();
        ProcessBuilder viaLink = new ProcessBuilder("sh", "-c", "report-site --version").directory(tmp.toFile()).redirectErrorStream(true);
        viaLink.environment().put("PATH", onPath + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process q = viaLink.start();
        q.getOutputStream().close();
        String said = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        q.waitFor();
        assertEquals(3, q.exitValue(), said);
        assertTrue(said.contains("no " + tool.toRealPath() + "/target/report-site.jar"), said);
    }
}
