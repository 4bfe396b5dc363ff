package reportsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/**
 * The templates, interface strings and assets a site is laid out with: the theme built into the
 * jar, under a report's own templates folder, which overrides it file by file (a file there wins,
 * the rest come from the jar), as a Hugo site's {@code layouts/} overrides its theme. A report
 * needs no templates folder at all.
 *
 * <p>The built-in theme is the repository's {@code templates/} folder, copied into the jar by the
 * build ({@code pom.xml}); the jar's identity is part of every cache key, so a key needs only the
 * override folder's files besides.
 */
public final class Theme {

    /** Where the built-in theme is on the class path. */
    public static final String RESOURCE = "/reportsite/theme";
    /** How messages name a built-in file: not a path on this machine, and not one to edit. */
    static final String BUILT_IN = "(built-in theme) ";

    private final Path folder;

    /** @param folder the report's templates folder; it need not exist */
    public Theme(Path folder) {
        this.folder = folder;
    }

    /** The override folder, as the user named it. */
    public Path folder() {
        return folder;
    }

    /** One file of the theme, from the override folder or from the jar. */
    public record ThemeFile(String relative, String display, byte[] bytes, boolean builtIn) {
        public String text() {
            String t = new String(bytes, StandardCharsets.UTF_8);
            return (t.startsWith("\uFEFF") ? t.substring(1) : t).replace("\r\n", "\n");
        }

        public SourceText sourceText() {
            return new SourceText(display, text());
        }
    }

    /** The file at {@code relative} ('/'-separated): the override folder's, else the built-in one. */
    public Optional<ThemeFile> file(String relative) {
        Path own = folder.resolve(relative);
        if (Files.isRegularFile(own)) {
            try {
                return Optional.of(new ThemeFile(relative, SourceReader.display(own), Files.readAllBytes(own), false));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SourceReader.display(own) + ": " + e.getMessage(), e);
            }
        }
        return builtInFile(relative);
    }

    /** The built-in file at {@code relative}, whatever the folder holds. */
    public static Optional<ThemeFile> builtInFile(String relative) {
        byte[] bytes = builtIn().get(relative);
        return bytes == null ? Optional.empty() : Optional.of(new ThemeFile(relative, BUILT_IN + relative, bytes, true));
    }

    /** How messages name the file at {@code relative}: its path in the folder, or the built-in one. */
    public String display(String relative) {
        Path own = folder.resolve(relative);
        return Files.isRegularFile(own) || !builtIn().containsKey(relative) ? SourceReader.display(own) : BUILT_IN + relative;
    }

    /** Every file under {@code under/}, by {@code prefix} + its path below it: the built-in ones, those of the folder over them. */
    public SortedMap<String, byte[]> files(String under, String prefix, Diagnostics diagnostics) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        builtIn().forEach((path, bytes) -> {
            if (path.startsWith(under + "/")) {
                out.put(prefix + path.substring(under.length() + 1), bytes);
            }
        });
        out.putAll(Assets.read(folder.resolve(under), prefix, diagnostics));
        return out;
    }

    /** What the folder does to the built-in theme, for {@code check}. */
    public record Overrides(List<String> replaced, List<String> added, List<String> same) {
        public boolean none() {
            return replaced.isEmpty() && added.isEmpty();
        }
    }

    /** The folder's files, sorted into those that replace a built-in file, add one, or are the same as one. */
    public Overrides overrides() {
        List<String> replaced = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> same = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try {
                Assets.files(folder).forEach((path, bytes) -> {
                    byte[] theirs = builtIn().get(path);
                    (theirs == null ? added : Arrays.equals(theirs, bytes) ? same : replaced).add(path);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SourceReader.display(folder) + ": " + e.getMessage(), e);
            }
        }
        return new Overrides(List.copyOf(replaced), List.copyOf(added), List.copyOf(same));
    }

    /** The built-in theme's files by path ('/'-separated), read from the class path once per process. */
    public static SortedMap<String, byte[]> builtIn() {
        return BuiltIn.FILES;
    }

    private static final class BuiltIn {
        static final SortedMap<String, byte[]> FILES = Collections.unmodifiableSortedMap(read());

        private static SortedMap<String, byte[]> read() {
            URL url = Theme.class.getResource(RESOURCE);
            if (url == null) {
                throw new IllegalStateException("the jar lacks its theme (" + RESOURCE + ")");
            }
            try {
                URI uri = url.toURI();
                if (!"jar".equals(uri.getScheme())) {
                    return Assets.files(Path.of(uri));
                }
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return Assets.files(fs.getPath(RESOURCE));
                } catch (FileSystemAlreadyExistsException e) {
                    return Assets.files(FileSystems.getFileSystem(uri).getPath(RESOURCE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in theme: " + e.getMessage(), e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
