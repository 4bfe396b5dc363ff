package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;
import reportsite.publish.GitForTests;

/**
 * {@code publish} against a local bare repository: what the branch holds, its history, and
 * the messages when git says no.
 */
class PublishCommandTest {

    @TempDir
    Path tmp;

    Path project;
    Path remote;
    MiniSite site;

    @BeforeEach
    void projectAndRemote() {
        project = tmp.resolve("project");
        remote = tmp.resolve("remote.git");
        site = new MiniSite(project);
        GitForTests.git(project, "init", "--quiet");
        GitForTests.identity(project);
        GitForTests.git(project, "add", "content");
        GitForTests.git(project, "commit", "--quiet", "-m", "content");
        GitForTests.git(tmp, "init", "--quiet", "--bare", remote.toString());
    }

    private MainTest.Run publish(String... extra) {
        String[] base = {"publish", "--content", site.content().toString(), "--out", site.out().toString(),
                "--remote", remote.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return MainTest.run(args);
    }

    @Test
    void theBranchHoldsTheSiteAtItsRootByteForByte() {
        MainTest.Run r = publish();

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("published " + site.out() + " to " + remote + " gh-pages: commit "), r.out());
        assertTrue(r.out().contains("(new branch)"), r.out());
        Path clone = tmp.resolve("clone");
        GitForTests.git(tmp, "clone", "--quiet", "--branch", "gh-pages", remote.toString(), clone.toString());
        Map<String, byte[]> published = MiniSite.tree(clone);
        published.keySet().removeIf(p -> p.startsWith(".git/"));
        Map<String, byte[]> built = MiniSite.tree(site.out());
        built.remove(".report-site");
        assertTrue(built.containsKey("index.html") && built.containsKey(".nojekyll"), built.keySet()::toString);
        assertEquals(MiniSite.digest(built), MiniSite.digest(published));
        String head = GitForTests.git(project, "rev-parse", "HEAD");
        assertEquals("Publish the site built from " + head, GitForTests.git(remote, "log", "-1", "--format=%s", "gh-pages"));
    }

    @Test
    void publishingTwiceKeepsTheHistory() {
        assertEquals(0, publish().exit());
        String first = GitForTests.git(remote, "rev-parse", "gh-pages");

        MainTest.Run same = publish();
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("nothing to publish: " + remote + " gh-pages already holds this site"), same.out());
        assertEquals("1", GitForTests.git(remote, "rev-list", "--count", "gh-pages"), "no second, identical commit");

        site.write("content/index.md", MiniSite.INDEX + "\nOne more line.\n");
        GitForTests.git(project, "commit", "--quiet", "-am", "edit");
        MainTest.Run second = publish();

        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains(" after " + first.substring(0, 12)), second.out());
        assertEquals("2", GitForTests.git(remote, "rev-list", "--count", "gh-pages"));
        assertEquals(first, GitForTests.git(remote, "rev-parse", "gh-pages^"));
    }

    @Test
    void uncommittedChangesAreRefusedWithoutAllowDirty() {
        site.write("content/index.md", MiniSite.INDEX + "\nA draft line.\n");
        site.write("content/new.md", "---\ntitle: New\n---\nNew.\n");

        MainTest.Run refused = publish();
        assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused.err());
        assertTrue(refused.err().startsWith(site.content() + ": error: uncommitted changes\n    |  M content/index.md\n    | ?? content/new.md\n"),
                refused.err());
        assertTrue(refused.err().contains("hint: commit them first"), refused.err());
        assertFalse(Files.exists(site.out()), "nothing was built");
        assertFalse(GitForTests.git(remote, "branch", "--list").contains("gh-pages"));

        MainTest.Run allowed = publish("--allow-dirty");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.err().contains("warning: publishing with uncommitted changes"), allowed.err());
    }

    @Test
    void publishesToAnotherBranchAndLeavesTheProjectAlone() throws IOException {
        Files.writeString(project.resolve("notes.txt"), "staged, not committed\n");
        GitForTests.git(project, "add", "notes.txt");
        String head = GitForTests.git(project, "rev-parse", "HEAD");
        String index = GitForTests.git(project, "ls-files", "--stage");

        MainTest.Run r = publish("--branch", "pages");

        assertEquals(0, r.exit(), r.err());
        assertTrue(GitForTests.git(remote, "ls-tree", "--name-only", "pages").contains("index.html"));
        assertEquals(head, GitForTests.git(project, "rev-parse", "HEAD"));
        assertEquals(index, GitForTests.git(project, "ls-files", "--stage"), "the user's index is untouched");
        assertEquals("", GitForTests.git(project, "branch", "--list", "pages"), "no local branch made");
    }

    @Test
    void aRejectedPushExitsOneWithGitsMessage() throws IOException {
        Path hook = remote.resolve("hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'publishing is closed today' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        MainTest.Run r = publish();

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith(remote + ": error: the push of gh-pages was rejected\n"), r.err());
        assertTrue(r.err().contains("\n    | remote: publishing is closed today\n"), r.err());
        assertTrue(r.err().contains("[remote rejected]"), r.err());
        assertTrue(r.err().endsWith("1 error; nothing was pushed, and no data update was recorded\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")), "the site itself was built");
    }

    @Test
    void outsideARepositoryExitsOne() {
        MiniSite loose = new MiniSite(tmp.resolve("loose"));

        MainTest.Run r = MainTest.run("publish", "--content", loose.content().toString(), "--out", loose.out().toString(),
                "--remote", remote.toString());

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith(loose.content() + ": error: not inside a git repository"), r.err());
        assertTrue(r.err().contains("hint: run publish from a clone of the project"), r.err());
    }

    @Test
    void anUnknownRemoteExitsOne() {
        MainTest.Run r = MainTest.run("publish", "--content", site.content().toString(), "--out", site.out().toString());

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith("origin: error: cannot read the remote\n"), r.err());
        assertTrue(r.err().contains("'origin' does not appear to be a git repository"), r.err());
    }

    @Test
    void aBadBranchNameExitsOne() {
        MainTest.Run r = publish("--branch", "no..dots");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith("--branch: error: 'no..dots' is not a valid branch name"), r.err());
    }
}
