package reportsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/**
 * Every file of the templates folder, read once at the start of a build: the templates, the
 * interface strings and the assets are all made from these bytes, so what the build keys and
 * what it renders cannot differ (a file saved during the build is seen by the next one).
 *
 * @param dir where they were read from, for messages
 * @param files by path below {@code dir} ('/'-separated), sorted
 */
public record TemplateFiles(Path dir, SortedMap<String, byte[]> files) {

    public TemplateFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The files below {@code dir}; none, after an error, when there is no such folder. */
    public static TemplateFiles read(Path dir, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            diagnostics.error(Position.ofFile(SourceReader.display(dir)), "templates folder not found",
                    "run from the project folder, or pass --templates DIR", "");
            return new TemplateFiles(dir, new TreeMap<>());
        }
        try {
            return new TemplateFiles(dir, Assets.files(dir));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.ofFile(SourceReader.display(dir)), "cannot read the templates folder: " + e.getMessage(), "", "");
            return new TemplateFiles(dir, new TreeMap<>());
        }
    }

    /** The files below {@code dir}, for tests and tools that have no run to report to. */
    public static TemplateFiles read(Path dir) {
        Diagnostics d = new Diagnostics();
        TemplateFiles files = read(dir, d);
        if (d.hasErrors()) {
            throw new UncheckedIOException(new IOException(d.all().get(0).message() + ": " + dir));
        }
        return files;
    }

    /** The text of the file at {@code name} (a path below the folder). */
    public Optional<String> text(String name) {
        return Optional.ofNullable(files.get(name)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The files below the sub-folder {@code folder} ("assets/"), by output path ({@code prefix} + their path below it). */
    public SortedMap<String, byte[]> under(String folder, String prefix) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(folder)) {
                out.put(prefix + name.substring(folder.length()), bytes);
            }
        });
        return out;
    }

    /** The name of a file in messages: the folder as given, and the file's path below it. */
    public String display(String name) {
        return SourceReader.display(dir.resolve(name));
    }
}
