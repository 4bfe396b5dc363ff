package reportsite.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import reportsite.diag.UserError;

/** User errors become messages and exit code 1; anything else is a bug and keeps its trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof UserError u) {
            Report.errors(cl.getErr(), u.diagnostics());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            cl.getErr().println("error: " + io.getMessage());
            cl.getErr().flush();
            return ExitCodes.INTERNAL;
        }
        cl.getErr().println("internal error (a bug in report-site, please report it):");
        e.printStackTrace(cl.getErr());
        cl.getErr().flush();
        return ExitCodes.INTERNAL;
    }
}
