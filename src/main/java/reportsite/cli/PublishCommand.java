package reportsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;
import reportsite.diag.UserError;
import reportsite.publish.BranchPublisher;
import reportsite.publish.SitePublisher;
import reportsite.source.SourceReader;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.FiguresFile;
import reportsite.updates.UpdateHistory;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Builds the site, then commits the output folder as the root of a branch (default gh-pages) "
                + "of the git repository holding the content folder, and pushes that commit.",
                "The branch keeps its history; the working tree, index and local branches are left as they are.",
                "The figures that changed since the site on the branch (its figures.json) are recorded in the data updates: "
                        + "content/data-updates.yaml is written after the push, to commit."})
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
        BranchPublisher.Target target;
        Optional<FigureSnapshot> published;
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
            target = publisher.target(remote, branch);
            published = publishedFigures(publisher, target);
        } catch (UserError e) {
            Report.errors(spec.commandLine().getErr(), e.diagnostics(), "nothing was built or pushed");
            return ExitCodes.BAD_INPUT;
        }
        // Recorded in memory: the site shows the update, but the history file is written only once the push succeeded.
        BuildResult r = new SiteBuilder(options.config(output)).build(SitePublisher::publish, published);
        Report.summary(spec.commandLine(), Report.built("built " + output.out, r), r, options.timings);
        BranchPublisher.Published p;
        try {
            p = publisher.publish(output.out, target);
        } catch (UserError e) {
            // The site was built; only the push failed.
            Report.errors(spec.commandLine().getErr(), e.diagnostics(), "nothing was pushed, and no data update was recorded");
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (p.unchanged()) {
            out.printf(Locale.ROOT, "nothing to publish: %s %s already holds this site (commit %s)%n",
                    p.remote(), p.branch(), p.commit().substring(0, 12));
        } else {
            out.printf(Locale.ROOT, "published %s to %s %s: commit %s%s%n", output.out, p.remote(),
                    p.branch(), p.commit().substring(0, 12),
                    p.parent().map(x -> " after " + x.substring(0, 12)).orElse(" (new branch)"));
        }
        if (r.history().isPresent()) {
            writeHistory(r.history().get());
            Report.changes(out, "data changed since the site published before", r.recorded());
            out.println("  recorded in " + UpdateHistory.display(options.content) + ": commit it, so that a fresh clone builds the site just published");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The figures of the site on the branch, to record what changed since; empty for a first
     * publish (or a site published before report-site wrote figures.json): nothing to compare with.
     */
    private static Optional<FigureSnapshot> publishedFigures(BranchPublisher publisher, BranchPublisher.Target target) {
        Optional<String> text = publisher.publishedFile(target, FiguresFile.PATH);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics d = new Diagnostics();
        Optional<FigureSnapshot> figures = FiguresFile.read(new SourceText(target.branch() + ":" + FiguresFile.PATH, text.get()), d);
        if (figures.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(d.all());
            all.add(new Diagnostic(Severity.ERROR, Position.ofFile(target.branch() + ":" + FiguresFile.PATH),
                    "the published site's figures.json cannot be read, so the figures that changed since cannot be recorded",
                    "publish writes it into every site; repair it on the branch, or delete it there (git checkout " + target.branch()
                            + ", git rm figures.json, commit, push): a site without one records nothing", ""));
            throw new UserError(all);
        }
        return figures;
    }

    private void writeHistory(String text) {
        try {
            UpdateHistory.write(options.content, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + UpdateHistory.display(options.content) + ": " + e.getMessage(), e);
        }
    }
}
