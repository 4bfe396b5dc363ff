package reportsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import reportsite.diag.Position;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/**
 * Commits a built site as the root of a branch and pushes it, as {@code mkdocs gh-deploy}
 * does, with the {@code git} command. Nothing in the user's working tree, index or local
 * branches changes: the site's files go through a temporary index into a commit whose parent
 * is the branch's current tip on the remote (so the branch keeps its history), and that commit
 * is pushed to {@code refs/heads/BRANCH}. A push that is not a fast-forward is rejected by git,
 * never forced.
 */
public final class BranchPublisher {

    /**
     * The result of a publish.
     *
     * @param parent the branch's previous tip, empty when the branch was created
     * @param unchanged the site was the same as the branch's tip: nothing was committed or pushed
     */
    public record Published(String commit, Optional<String> parent, String remote, String branch, boolean unchanged) {
    }

    private final Git git;
    private final String repoName;

    /**
     * @param repo a folder inside the git repository that receives the commit (the project folder)
     */
    public BranchPublisher(Path repo) {
        this("git", repo);
    }

    /** With another git program, for tests of a missing git. */
    BranchPublisher(String gitExecutable, Path repo) {
        this.git = new Git(gitExecutable, repo.toAbsolutePath().normalize(), Map.of());
        this.repoName = SourceReader.display(repo);
    }

    /**
     * Where a site is published: the remote as given and as git is told it, the branch, and the
     * branch's tip on the remote, fetched, when the branch exists.
     */
    public record Target(String remote, String argument, String branch, Optional<String> tip) {
    }

    /** The branch on the remote, its tip fetched so that its files can be read and a commit made on it. */
    public Target target(String remote, String branch) {
        gitDir();
        if (!git.run("check-ref-format", "refs/heads/" + branch).ok()) {
            throw UserError.of(Position.ofFile("--branch"), "'" + branch + "' is not a valid branch name", "for example: gh-pages");
        }
        String argument = remoteArgument(remote);
        Optional<String> tip = remoteTip(argument, remote, branch);
        tip.ifPresent(t -> git.require("cannot fetch branch " + branch + " from " + remote,
                "fetch", "--quiet", "--no-tags", argument, "refs/heads/" + branch));
        return new Target(remote, argument, branch, tip);
    }

    /** A file of the published site, as the branch's tip holds it; empty when there is no branch or no such file. */
    public Optional<String> publishedFile(Target target, String path) {
        if (target.tip().isEmpty() || !git.run("cat-file", "-e", target.tip().get() + ":" + path).ok()) {
            return Optional.empty();
        }
        Git.Result r = git.run("cat-file", "blob", target.tip().get() + ":" + path);
        if (!r.ok()) {
            throw UserError.of(Position.ofFile(target.branch() + ":" + path), "cannot read the published file" + Git.quote(r.err()), "");
        }
        return Optional.of(r.out());
    }

    /** Commits every file of {@code site} (but the build's marker file) and pushes the commit. */
    public Published publish(Path site, String remote, String branch) {
        return publish(site, target(remote, branch));
    }

    /** Commits every file of {@code site} (but the build's marker file) on the target's branch and pushes the commit. */
    public Published publish(Path site, Target target) {
        Path gitDir = gitDir();
        Optional<String> parent = target.tip();
        String tree = writeTree(gitDir, site);
        // The same site again (a second publish, or a commit that changed nothing shown): no new commit.
        if (parent.isPresent() && tree.equals(git.require("cannot read the published tree", "rev-parse", parent.get() + "^{tree}"))) {
            return new Published(parent.get(), parent, target.remote(), target.branch(), true);
        }
        List<String> commitTree = new ArrayList<>(List.of("commit-tree", tree));
        parent.ifPresent(p -> commitTree.addAll(List.of("-p", p)));
        commitTree.addAll(List.of("-m", message()));
        String commit = git.require("cannot create the commit", commitTree.toArray(String[]::new));
        Git.Result push = git.run("push", "--quiet", target.argument(), commit + ":refs/heads/" + target.branch());
        if (!push.ok()) {
            throw UserError.of(Position.ofFile(target.remote()), "the push of " + target.branch() + " was rejected" + Git.quote(push.err()),
                    "read git's message above; if someone else published in the meantime, run publish again");
        }
        return new Published(commit, parent, target.remote(), target.branch(), false);
    }

    /**
     * Files under {@code folders} that differ from the last commit (changed, staged, new or
     * deleted), as {@code git status --short} lists them: the published commit names the last
     * commit as the site's source, which is true only without them.
     */
    public List<String> uncommitted(Path... folders) {
        gitDir();
        List<String> args = new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--"));
        for (Path f : folders) {
            args.add(f.toAbsolutePath().normalize().toString());
        }
        Git.Result r = git.run(args.toArray(String[]::new));
        if (!r.ok()) {
            // A folder outside the repository (templates elsewhere): the content folder alone.
            r = git.run("status", "--porcelain", "--untracked-files=all", "--", ".");
        }
        return r.out().lines().filter(l -> !l.isBlank()).toList();
    }

    private Path gitDir() {
        Git.Result r = git.run("rev-parse", "--absolute-git-dir");
        if (!r.ok()) {
            throw UserError.of(Position.ofFile(repoName), "not inside a git repository" + Git.quote(r.err()),
                    "run publish from a clone of the project (or run 'git init' first)");
        }
        return Path.of(r.value());
    }

    /** A configured remote's name as it is; a local path made absolute, since git runs elsewhere. */
    private String remoteArgument(String remote) {
        boolean named = git.run("remote").out().lines().anyMatch(remote::equals);
        if (named || remote.contains("://")) {
            return remote;
        }
        try {
            Path local = Path.of(remote);
            return Files.exists(local) ? local.toAbsolutePath().normalize().toString() : remote;
        } catch (InvalidPathException e) {
            return remote;
        }
    }

    /** The branch's current commit on the remote, if the branch exists. */
    private Optional<String> remoteTip(String target, String remote, String branch) {
        Git.Result r = git.run("ls-remote", "--heads", target, "refs/heads/" + branch);
        if (!r.ok()) {
            throw UserError.of(Position.ofFile(remote), "cannot read the remote" + Git.quote(r.err()),
                    "pass --remote with a remote's name, URL or path (default: origin)");
        }
        return r.out().lines().map(l -> l.split("\t"))
                .filter(cols -> cols.length == 2 && cols[1].equals("refs/heads/" + branch))
                .map(cols -> cols[0]).findFirst();
    }

    /** The site's files as a tree object, through a temporary index so the user's index stays as it is. */
    private String writeTree(Path gitDir, Path site) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("report-site-publish");
            Git inSite = git.in(site.toAbsolutePath().normalize(), Map.of("GIT_DIR", gitDir.toString(),
                    "GIT_WORK_TREE", site.toAbsolutePath().normalize().toString(),
                    "GIT_INDEX_FILE", tmp.resolve("index").toString()));
            // --force: the site is published whole, whatever .gitignore files say.
            inSite.require("cannot add the site's files", "add", "--all", "--force", "--", ".");
            inSite.require("cannot leave out " + SitePublisher.MARKER,
                    "rm", "--cached", "--quiet", "--ignore-unmatch", "--", SitePublisher.MARKER);
            return inSite.require("cannot write the tree", "write-tree");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    PathUtils.deleteDirectory(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary index is harmless
                }
            }
        }
    }

    /** Names the source commit, so the message is the same for the same source. */
    private String message() {
        Git.Result head = git.run("rev-parse", "--verify", "--quiet", "HEAD");
        return head.ok() ? "Publish the site built from " + head.value() : "Publish the site";
    }
}
