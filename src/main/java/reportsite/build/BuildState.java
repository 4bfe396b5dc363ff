package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import reportsite.diag.Diagnostic;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.publish.SitePublisher;
import reportsite.source.Assets;

/**
 * What the last published build was made from and what it wrote: a hash of its inputs, and a
 * hash of the output folder as it left it. When both are the same again, a new build would
 * write the same bytes, so it is skipped; its counts and warnings are given again. Kept as a
 * small YAML file in the cache folder.
 */
record BuildState(String inputs, String output, int pages, int charts, List<Diagnostic> warnings) {

    static final String FILE = "build-state.yaml";
    private static final String FORMAT = "report-site build state 3";

    static BuildState of(String inputs, Site site) {
        return new BuildState(inputs, Keys.sha256(site.files()), site.pages(), site.charts(), site.warnings());
    }

    /** The files of the output folder when it is what a build of {@code inputs} would write. */
    Optional<Map<String, byte[]>> unchanged(String inputs, Path out) {
        if (!this.inputs.equals(inputs)) {
            return Optional.empty();
        }
        Map<String, byte[]> found;
        try {
            found = Assets.files(out);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        found.remove(SitePublisher.MARKER);
        return Keys.sha256(found).equals(output) ? Optional.of(found) : Optional.empty();
    }

    void write(Path file) throws IOException {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("format", FORMAT);
        yaml.put("inputs", inputs);
        yaml.put("output", output);
        yaml.put("pages", pages);
        yaml.put("charts", charts);
        yaml.put("warnings", warnings.stream().map(w -> List.of(w.position().file(), w.position().line(), w.position().column(),
                w.message(), w.hint(), w.sourceLine())).toList());
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        Files.writeString(tmp, new Dump(DumpSettings.builder().build()).dumpToString(yaml), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The state in {@code file}; empty when it is missing, damaged or of another format (the build then runs). */
    static Optional<BuildState> read(Path file) {
        try {
            Map<?, ?> yaml = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (!FORMAT.equals(yaml.get("format"))) {
                return Optional.empty();
            }
            List<Diagnostic> warnings = ((List<?>) yaml.get("warnings")).stream().map(w -> (List<?>) w)
                    .map(w -> new Diagnostic(Severity.WARNING, new Position((String) w.get(0), (Integer) w.get(1), (Integer) w.get(2)),
                            (String) w.get(3), (String) w.get(4), (String) w.get(5))).toList();
            return Optional.of(new BuildState((String) yaml.get("inputs"), (String) yaml.get("output"), (Integer) yaml.get("pages"),
                    (Integer) yaml.get("charts"), warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
