package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/report-site: on the PATH through a symlink it finds the jar beside the script, not beside
 * the link; and only a build that succeeds leaves the class-data archive that later runs start from.
 */
class LauncherTest {

    @Test
    void theLauncherResolvesItsOwnLocationThroughASymlink(@TempDir Path tmp) throws Exception {
        Path tool = tmp.resolve("tool");
        Path script = copyLauncher(tool);
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

    @Test
    void onlyABuildThatSucceedsLeavesTheClassArchive(@TempDir Path tmp) throws Exception {
        Path tool = toolWithFixtureJar(tmp);
        Path archive = tool.resolve("target/report-site.jsa");

        assertEquals(0, launch(tool, "--version"));
        assertFalse(Files.exists(archive), "a run that is not a build made the archive");
        assertEquals(1, launch(tool, "build", "--fail"));
        assertFalse(Files.exists(archive), "a build that failed made the archive");
        assertEquals(List.of("report-site.jar"), targetFiles(tool), "a failed build left its archive behind");

        assertEquals(0, launch(tool, "build"));
        assertTrue(Files.size(archive) > 0, "a build that succeeded made no archive");
        assertEquals(List.of("report-site.jar", "report-site.jsa"), targetFiles(tool));
        // the next runs start from it (the JVM refuses an archive it cannot map, so a wrong one fails here)
        assertEquals(0, launch(tool, "build"));
        assertEquals(1, launch(tool, "build", "--fail"));
        assertEquals(List.of("report-site.jar", "report-site.jsa"), targetFiles(tool));
    }

    /** A copy of the launcher with a jar whose main class exits as {@link LauncherFixture} says. */
    private static Path toolWithFixtureJar(Path tmp) throws IOException {
        Path tool = tmp.resolve("tool");
        copyLauncher(tool);
        Files.createDirectories(tool.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherFixture.class.getName());
        String entry = LauncherFixture.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(tool.resolve("target/report-site.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest);
             InputStream in = LauncherFixture.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
        return tool;
    }

    /** The repository's bin/report-site in {@code tool}/bin, executable. */
    private static Path copyLauncher(Path tool) throws IOException {
        Files.createDirectories(tool.resolve("bin"));
        Path script = Files.copy(Path.of("bin/report-site"), tool.resolve("bin/report-site"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static int launch(Path tool, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("sh", tool.resolve("bin/report-site").toString()), Stream.of(args)).toList();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        return p.waitFor();
    }

    private static List<String> targetFiles(Path tool) throws IOException {
        try (Stream<Path> files = Files.list(tool.resolve("target"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
