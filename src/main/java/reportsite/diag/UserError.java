package reportsite.diag;

import java.util.List;

/**
 * A failure caused by the user's input, not by a bug: the command line prints its diagnostics
 * and exits 1, without a stack trace.
 */
public final class UserError extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public UserError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "input error" : diagnostics.get(0).format(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static UserError of(Position at, String message, String hint) {
        return new UserError(List.of(new Diagnostic(Severity.ERROR, at, message, hint, "")));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
