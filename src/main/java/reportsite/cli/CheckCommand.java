package reportsite.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;

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
        Report.summary(spec.commandLine(), String.format(Locale.ROOT, "ok: %d pages, %d charts, %d warnings",
                r.pages(), r.charts(), r.warnings().size()), r, options.timings);
        return ExitCodes.OK;
    }
}
