package reportsite.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The files below a folder, listed while other programs may be writing into it. */
final class FolderFiles {

    private FolderFiles() {
    }

    /**
     * Every regular file below {@code dir} that {@code wanted} takes, at most {@code limit}, in the
     * order of the walk. An entry gone between being listed and being read (an editor's temporary
     * file, renamed over the page it saves) is skipped, not an error: the save that removed it
     * brings the next build. ({@code Files.walk} throws for it.)
     */
    static List<Path> list(Path dir, Predicate<Path> wanted, long limit) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (wanted.test(file) && Files.isRegularFile(file)) {
                    out.add(file);
                }
                return out.size() >= limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return out;
    }
}
