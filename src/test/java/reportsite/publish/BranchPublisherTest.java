package reportsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.UserError;

class BranchPublisherTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingGitIsAUserError() throws IOException {
        Files.createDirectories(tmp.resolve("site"));

        UserError e = assertThrows(UserError.class, () ->
                new BranchPublisher("no-such-git-program", tmp).publish(tmp.resolve("site"), "origin", "gh-pages"));

        String message = e.diagnostics().get(0).format();
        assertTrue(message.startsWith("no-such-git-program: error: cannot run 'no-such-git-program': it is not installed or not on the PATH\n"), message);
        assertTrue(message.contains("hint: install git"), message);
    }

    @Test
    void theMarkerFileStaysOutOfTheBranch() throws IOException {
        Path repo = tmp.resolve("repo");
        Path remote = tmp.resolve("remote.git");
        GitForTests.git(tmp, "init", "--quiet", repo.toString());
        GitForTests.identity(repo);
        GitForTests.git(tmp, "init", "--quiet", "--bare", remote.toString());
        Path site = repo.resolve("site");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve(SitePublisher.MARKER), "");
        Files.writeString(site.resolve("a/b.txt"), "crlf\r\nkept\r\n");
        Files.writeString(site.resolve(".gitignore"), "*.txt\n");

        BranchPublisher.Published p = new BranchPublisher(repo).publish(site, remote.toString(), "gh-pages");

        assertEquals("Publish the site", GitForTests.git(remote, "log", "-1", "--format=%s", p.commit()));
        assertEquals(".gitignore\na/b.txt", GitForTests.git(remote, "ls-tree", "-r", "--name-only", "gh-pages"));
        assertEquals("crlf\r\nkept", GitForTests.git(remote, "show", "gh-pages:a/b.txt"));
    }
}
