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
public record Theme(Path folder, SortedMap<String, byte[]> own) {

    /** Where the built-in theme is on the class path. */
    public static final String RESOURCE = "/reportsite/theme";
    /** How messages name a built-in file: not a path on this machine, and not one to edit. */
    static final String BUILT_IN = "(built-in theme) ";

    /**
     * @param folder the report's templates folder, as the user named it
     * @param own the folder's files by path ('/'-separated), read once: every template, string and
     *     asset of a build comes from these bytes or the jar's, so what the build keys and what it
     *     renders cannot differ (a file saved during a build is seen by the next one)
     */
    public Theme {
        own = Collections.unmodifiableSortedMap(new TreeMap<>(own));
    }

    /** The theme with the folder's files as they are now; the folder need not exist. */
    public Theme(Path folder) {
        this(folder, readFolder(folder));
    }

    /** As {@link #Theme(Path)}, an unreadable folder reported to {@code diagnostics}. */
    public static Theme read(Path folder, Diagnostics diagnostics) {
        try {
            return new Theme(folder);
        } catch (UncheckedIOException e) {
            diagnostics.error(reportsite.diag.Position.ofFile(SourceReader.display(folder)), "cannot read the templates folder: "
                    + e.getCause().getMessage(), "", "");
            return new Theme(folder, new TreeMap<>());
        }
    }

    private static SortedMap<String, byte[]> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new TreeMap<>();
        }
        try {
            return Assets.inputs(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SourceReader.display(folder) + ": " + e.getMessage(), e);
        }
    }

    /** Every file of the theme by path: the built-in ones, the folder's over them. */
    public SortedMap<String, byte[]> merged() {
        SortedMap<String, byte[]> out = new TreeMap<>(builtIn());
        out.putAll(own);
        return out;
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
        byte[] bytes = own.get(relative);
        if (bytes != null) {
            return Optional.of(new ThemeFile(relative, SourceReader.display(folder.resolve(relative)), bytes, false));
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
        return own.containsKey(relative) || !builtIn().containsKey(relative) ? SourceReader.display(folder.resolve(relative)) : BUILT_IN + relative;
    }

    /** Every file under {@code under/}, by {@code prefix} + its path below it: the built-in ones, those of the folder over them. */
    public SortedMap<String, byte[]> files(String under, String prefix) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        merged().forEach((path, bytes) -> {
            if (path.startsWith(under + "/")) {
                out.put(prefix + path.substring(under.length() + 1), bytes);
            }
        });
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
        own.forEach((path, bytes) -> {
            byte[] theirs = builtIn().get(path);
            (theirs == null ? added : Arrays.equals(theirs, bytes) ? same : replaced).add(path);
        });
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
