package reportsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder; on any error the previous site is left as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = new SiteBuilder(options.config(output)).build();
        Report.summary(spec.commandLine(), Report.built("built " + output.out, r), r, options.timings);
        return ExitCodes.OK;
    }
}
