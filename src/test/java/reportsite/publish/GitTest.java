package reportsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What git prints on stdout and on stderr comes back apart, and a failure keeps git's message. */
class GitTest {

    @TempDir
    Path dir;

    @Test
    void aFailingCommandReturnsItsExitCodeAndItsMessage() {
        Git.Result r = new Git("git", dir, Map.of()).run("rev-parse", "--verify", "HEAD");
        assertFalse(r.ok());
        assertEquals("", r.out());
        assertTrue(r.err().contains("not a git repository"), r.err());
    }

    @Test
    void aSucceedingCommandReturnsItsOutput() {
        Git.Result r = new Git("git", dir, Map.of()).run("--version");
        assertTrue(r.ok());
        assertTrue(r.value().startsWith("git version "), r.out());
        assertEquals("", r.err());
    }
}
