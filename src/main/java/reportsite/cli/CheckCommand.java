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
        Report.warnings(spec.commandLine().getErr(), r.warnings());
        spec.commandLine().getOut().printf(Locale.ROOT, "ok: %d pages, %d charts, %d warnings%n",
                r.pages(), r.charts(), r.warnings().size());
        if (options.timings) {
            Report.timings(spec.commandLine().getOut(), r.stageMillis());
        }
        return ExitCodes.OK;
    }
}
