package reportsite.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reportsite.diag.Position;
import reportsite.diag.UserError;

/**
 * Runs the {@code git} command. Every call starts from the same settings, so that what is
 * committed does not depend on the user's configuration: no line-ending conversion, and no
 * prompt for credentials (a push that needs them fails with git's message instead of hanging).
 */
final class Git {

    /** What one git command printed and returned. */
    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        /** stdout without its final newline: a hash or a ref. */
        String value() {
            return out.strip();
        }
    }

    private final String executable;
    private final Path dir;
    private final Map<String, String> env;

    /**
     * @param executable the git program, "git" to look it up on the PATH
     * @param dir the working directory of every command
     * @param env variables added to the environment (GIT_DIR, GIT_INDEX_FILE, …)
     */
    Git(String executable, Path dir, Map<String, String> env) {
        this.executable = executable;
        this.dir = dir;
        this.env = Map.copyOf(env);
    }

    Git in(Path otherDir, Map<String, String> otherEnv) {
        return new Git(executable, otherDir, otherEnv);
    }

    /** Runs a command; a missing git program is a user error, a failing command is returned. */
    Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(List.of("-c", "core.autocrlf=false", "-c", "core.safecrlf=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("LC_ALL", "C");
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        // stderr goes to a file, so that one thread can read stdout to its end without either
        // pipe filling up, and no pool thread is held waiting for the process.
        Path errFile;
        try {
            errFile = Files.createTempFile("report-site-git", ".err");
        } catch (IOException e) {
            throw new UncheckedIOException("git " + String.join(" ", args) + ": " + e.getMessage(), e);
        }
        pb.redirectError(errFile.toFile());
        try {
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw UserError.of(Position.ofFile(executable), "cannot run '" + executable + "': it is not installed or not on the PATH",
                        "install git (for example: apt-get install git) and make sure it is on the PATH");
            }
            return finish(p, errFile, args);
        } finally {
            try {
                Files.deleteIfExists(errFile);
            } catch (IOException e) {
                // Only a temporary file of a few bytes is left behind.
            }
        }
    }

    private static Result finish(Process p, Path errFile, String... args) {
        try {
            p.getOutputStream().close();
            String out = read(p.getInputStream());
            int exit = p.waitFor();
            return new Result(exit, out, new String(Files.readAllBytes(errFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("git " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IllegalStateException("interrupted while running git", e);
        }
    }

    /** Runs a command that must succeed; otherwise a user error quoting git's own message. */
    String require(String what, String... args) {
        Result r = run(args);
        if (!r.ok()) {
            throw UserError.of(Position.ofFile("git"), what + " (git " + args[0] + " exited with " + r.exit() + ")"
                    + quote(r.err().isBlank() ? r.out() : r.err()), "");
        }
        return r.value();
    }

    /** Git's output, indented under the message. */
    static String quote(String gitOutput) {
        StringBuilder sb = new StringBuilder();
        gitOutput.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).forEach(l -> sb.append("\n    | ").append(l));
        return sb.toString();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
