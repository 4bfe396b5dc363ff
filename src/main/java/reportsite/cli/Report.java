package reportsite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import reportsite.build.BuildResult;
import reportsite.diag.Diagnostic;
import reportsite.updates.DataChanges;

/** Prints diagnostics the way compilers do. */
final class Report {

    private Report() {
    }

    static void warnings(PrintWriter err, List<Diagnostic> warnings) {
        warnings.forEach(w -> err.println(w.format()));
        err.flush();
    }

    static void timings(PrintWriter out, Map<String, Long> stages) {
        stages.forEach((stage, ms) -> out.printf(Locale.ROOT, "  %-14s %6d ms%n", stage, ms));
        out.flush();
    }

    /** The figures that changed since the last build, and what shows them: news to the author, not yet to readers. */
    static void changes(PrintWriter out, DataChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes(out, "data changed since the last build", changes);
        out.println("  (a draft: publish, or record, enters what changed since the published site in the data updates)");
        out.flush();
    }

    /** @param heading what the figures changed since */
    static void changes(PrintWriter out, String heading, DataChanges changes) {
        out.println(heading + changes.asOf().map(d -> " (data as of " + d + ")").orElse("") + ":");
        changes.figures().forEach(c -> out.println("  " + c.describe()));
        if (!changes.pages().isEmpty()) {
            out.println("  pages showing them: " + String.join(", ", changes.pages()));
        }
        if (!changes.charts().isEmpty()) {
            out.println("  charts showing them: " + String.join(", ", changes.charts()));
        }
        out.flush();
    }

    /** What every command that builds prints: warnings, one summary line, data changes, stage times. */
    static void summary(CommandLine cl, String headline, BuildResult r, boolean timings) {
        warnings(cl.getErr(), r.warnings());
        cl.getOut().println(headline);
        changes(cl.getOut(), r.changes());
        if (timings) {
            timings(cl.getOut(), r.stageMillis());
        }
    }

    /** The line a finished build prints. */
    static String built(String what, BuildResult r) {
        return String.format(Locale.ROOT, "%s: %s, %s, %s in %.2f s%s", what, count(r.pages(), "page"), count(r.charts(), "chart"),
                count(r.files().size(), "file"), r.millis() / 1000.0, r.upToDate() ? " (nothing changed)" : "");
    }

    /** "1 chart", "2 charts". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
