package reportsite.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;
import reportsite.diag.Position;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;
import reportsite.publish.BranchPublisher;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Builds the site, then commits the output folder as the root of a branch (default gh-pages) "
                + "of the git repository holding the content folder, and pushes that commit.",
                "The branch keeps its history; the working tree, index and local branches are left as they are."})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--remote", paramLabel = "REMOTE", description = "a remote's name, URL or path (default: ${DEFAULT-VALUE})")
    String remote = "origin";

    @Option(names = "--branch", paramLabel = "BRANCH", description = "the branch to publish to (default: ${DEFAULT-VALUE})")
    String branch = "gh-pages";

    @Option(names = "--allow-dirty", description = "publish even with uncommitted changes in the content or templates folder")
    boolean allowDirty;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BranchPublisher publisher = new BranchPublisher(options.content);
        try {
            // The commit names the last commit as the site's source: refused while that would not be true.
            List<String> dirty = publisher.uncommitted(options.content, options.templates());
            if (!dirty.isEmpty()) {
                List<String> shown = dirty.size() > 10 ? dirty.subList(0, 10) : dirty;
                String list = "\n    | " + String.join("\n    | ", shown) + (dirty.size() > shown.size() ? "\n    | …" : "");
                if (!allowDirty) {
                    throw UserError.of(Position.ofFile(SourceReader.display(options.content)), "uncommitted changes" + list,
                            "commit them first, so that the published site matches the commit it names; or pass --allow-dirty");
                }
                spec.commandLine().getErr().println(SourceReader.display(options.content) + ": warning: publishing with uncommitted changes"
                        + list);
            }
        } catch (UserError e) {
            Report.errors(spec.commandLine().getErr(), e.diagnostics(), "nothing was built or pushed");
            return ExitCodes.BAD_INPUT;
        }
        BuildResult r = new SiteBuilder(options.config(output)).build();
        Report.summary(spec.commandLine(), Report.built("built " + output.out, r), r, options.timings);
        BranchPublisher.Published p;
        try {
            p = publisher.publish(output.out, remote, branch);
        } catch (UserError e) {
            // The site was built; only the push failed.
            Report.errors(spec.commandLine().getErr(), e.diagnostics(), "nothing was pushed");
            return ExitCodes.BAD_INPUT;
        }
        if (p.unchanged()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "nothing to publish: %s %s already holds this site (commit %s)%n",
                    p.remote(), p.branch(), p.commit().substring(0, 12));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "published %s to %s %s: commit %s%s%n", output.out, p.remote(),
                p.branch(), p.commit().substring(0, 12),
                p.parent().map(x -> " after " + x.substring(0, 12)).orElse(" (new branch)"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
