package reportsite.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import reportsite.diag.Diagnostic;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.publish.SitePublisher;

/**
 * What the last published build was made from and what it wrote: a hash of its inputs, and the
 * hash of every output file. When the inputs hash the same and the output folder still holds
 * exactly those files, a new build would write the same bytes, so it is skipped.
 *
 * @param files output path → what it held when published
 * @param warnings the build's warnings, printed again when it is skipped
 */
record BuildState(String inputs, int pages, int charts, SortedMap<String, Stamp> files, List<Diagnostic> warnings) {

    /**
     * An output file as published: its hash, and its size and modification time, which tell
     * cheaply that it was not touched since (as git's index does); only a touched file is hashed.
     */
    record Stamp(String sha256, long size, long modified) {
    }

    static final String FILE = "build-state.txt";
    private static final String MAGIC = "report-site build state 2";

    /** The state of a build just published into {@code out}. */
    static BuildState of(String inputs, Site r, Path out) throws IOException {
        SortedMap<String, Stamp> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : r.files().entrySet()) {
            Path p = out.resolve(e.getKey());
            files.put(e.getKey(), new Stamp(Keys.sha256(e.getValue()), e.getValue().length,
                    Files.getLastModifiedTime(p).toMillis()));
        }
        return new BuildState(inputs, r.pages(), r.charts(), files, r.warnings());
    }

    /** The files of the output folder when it is what a build of {@code inputs} would write. */
    Optional<Map<String, byte[]>> unchanged(String inputs, Path out) {
        if (!this.inputs.equals(inputs)) {
            return Optional.empty();
        }
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (rel.equals(SitePublisher.MARKER)) {
                    continue;
                }
                Stamp stamp = files.get(rel);
                if (stamp == null) {
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(p);
                boolean untouched = bytes.length == stamp.size() && Files.getLastModifiedTime(p).toMillis() == stamp.modified();
                if (!untouched && !Keys.sha256(bytes).equals(stamp.sha256())) {
                    return Optional.empty();
                }
                found.put(rel, bytes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.keySet().equals(files.keySet()) ? Optional.of(found) : Optional.empty();
    }

    String text() {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("inputs ").append(inputs).append('\n');
        sb.append("pages ").append(pages).append('\n');
        sb.append("charts ").append(charts).append('\n');
        for (Diagnostic w : warnings) {
            Position p = w.position();
            sb.append("warning ").append(String.join("\t", escape(p.file()), String.valueOf(p.line()), String.valueOf(p.column()),
                    escape(w.message()), escape(w.hint()), escape(w.sourceLine()))).append('\n');
        }
        files.forEach((path, f) -> sb.append("file ").append(f.sha256()).append(' ').append(f.size()).append(' ').append(f.modified())
                .append(' ').append(escape(path)).append('\n'));
        return sb.toString();
    }

    static Optional<BuildState> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(MAGIC)) {
                return Optional.empty();
            }
            String inputs = value(lines.get(1), "inputs ");
            int pages = Integer.parseInt(value(lines.get(2), "pages "));
            int charts = Integer.parseInt(value(lines.get(3), "charts "));
            SortedMap<String, Stamp> files = new TreeMap<>();
            List<Diagnostic> warnings = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                if (line.startsWith("file ")) {
                    String[] f = line.substring(5).split(" ", 4);
                    files.put(unescape(f[3]), new Stamp(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
                } else if (line.startsWith("warning ")) {
                    String[] f = line.substring(8).split("\t", -1);
                    warnings.add(new Diagnostic(Severity.WARNING, new Position(unescape(f[0]), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2])), unescape(f[3]), unescape(f[4]), unescape(f[5])));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new BuildState(inputs, pages, charts, files, List.copyOf(warnings)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        Files.writeString(tmp, text(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key)) {
            throw new IllegalArgumentException(key);
        }
        return line.substring(key.length());
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
