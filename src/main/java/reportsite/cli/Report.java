package reportsite.cli;

import java.io.PrintWriter;
import java.util.List;
import reportsite.diag.Diagnostic;

/** Prints diagnostics the way compilers do. */
final class Report {

    private Report() {
    }

    static void warnings(PrintWriter err, List<Diagnostic> warnings) {
        warnings.forEach(w -> err.println(w.format()));
        err.flush();
    }

    static void timings(PrintWriter out, java.util.Map<String, Long> stages) {
        stages.forEach((stage, ms) -> out.printf(java.util.Locale.ROOT, "  %-14s %6d ms%n", stage, ms));
        out.flush();
    }

    static void errors(PrintWriter err, List<Diagnostic> all) {
        errors(err, all, "nothing was written");
    }

    /** @param consequence what the errors prevented, for the summary line */
    static void errors(PrintWriter err, List<Diagnostic> all, String consequence) {
        all.forEach(d -> err.println(d.format()));
        long errors = all.stream().filter(Diagnostic::isError).count();
        err.println(errors + (errors == 1 ? " error" : " errors") + "; " + consequence);
        err.flush();
    }
}
