package reportsite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;
import reportsite.source.SourceReader;
import reportsite.source.Theme;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates content, data and templates and reports every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    InputOptions options = new InputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = new SiteBuilder(options.config()).check();
        Report.summary(spec.commandLine(), "ok: " + Report.count(r.pages(), "page") + ", " + Report.count(r.charts(), "chart")
                + ", " + Report.count(r.warnings().size(), "warning"), r, options.timings);
        overrides(spec.commandLine().getOut(), new Theme(options.templates()));
        return ExitCodes.OK;
    }

    /** Which files of the templates folder the site uses instead of the built-in theme's. */
    static void overrides(PrintWriter out, Theme theme) {
        Theme.Overrides o = theme.overrides();
        String folder = SourceReader.display(theme.folder());
        if (o.none()) {
            out.println("theme: built in" + (o.same().isEmpty() ? "" : " (the " + Report.count(o.same().size(), "file")
                    + " of " + folder + "/ are the same as the built-in ones)"));
        } else {
            out.println("theme: built in, with overrides from " + folder + "/");
            o.replaced().forEach(f -> out.println("  replaces " + f));
            o.added().forEach(f -> out.println("  adds     " + f));
        }
        out.flush();
    }
}
