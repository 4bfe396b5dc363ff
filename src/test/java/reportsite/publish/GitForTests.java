package reportsite.publish;

import java.nio.file.Path;
import java.util.Map;

/** Runs git in tests; a failing command fails the test with git's message. */
public final class GitForTests {

    private GitForTests() {
    }

    /** Runs git in {@code dir} and returns its output without the final newline. */
    public static String git(Path dir, String... args) {
        Git.Result r = new Git("git", dir.toAbsolutePath(), Map.of()).run(args);
        if (!r.ok()) {
            throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + r.err());
        }
        return r.value();
    }

    /** A committer identity of the repository's own, so that tests do not depend on the machine's. */
    public static void identity(Path repo) {
        git(repo, "config", "user.name", "Report Site Tests");
        git(repo, "config", "user.email", "tests@example.org");
    }
}
