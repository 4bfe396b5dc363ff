package reportsite.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run. Thread-safe, since pages and charts are processed in
 * parallel; {@link #all()} returns them in a stable order (file, line, column, message).
 */
public final class Diagnostics {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> list = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        list.add(d);
    }

    public void error(Position at, String message, String hint, String sourceLine) {
        add(new Diagnostic(Severity.ERROR, at, message, hint, sourceLine));
    }

    public void error(SourceText text, Position at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, at, message, hint, text.line(at.line())));
    }

    public void warning(SourceText text, Position at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, at, message, hint, text.line(at.line())));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    /** Every problem once: pages sharing a broken template or partial report the same error. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(new java.util.LinkedHashSet<>(list));
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    public synchronized List<Diagnostic> errors() {
        return all().stream().filter(Diagnostic::isError).toList();
    }

    /** Throws a {@link UserError} carrying every diagnostic if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new UserError(all());
        }
    }
}
