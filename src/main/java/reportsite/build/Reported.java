package reportsite.build;

import java.util.List;
import java.util.function.Function;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;

/** A step's value with the messages making it gave, which a reuse from the cache gives again. */
record Reported<T>(T value, List<Diagnostic> messages) {

    static <T> Reported<T> of(Function<Diagnostics, T> make) {
        Diagnostics own = new Diagnostics();
        T value = make.apply(own);
        return new Reported<>(value, own.all());
    }

    boolean hasErrors() {
        return messages.stream().anyMatch(Diagnostic::isError);
    }

    /** The value, its messages given to {@code d}. */
    T to(Diagnostics d) {
        messages.forEach(d::add);
        return value;
    }
}
