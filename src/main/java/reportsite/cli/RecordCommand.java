package reportsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reportsite.build.BuildResult;
import reportsite.build.SiteBuilder;
import reportsite.config.BuildConfig;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.diag.UserError;
import reportsite.publish.PublishedFile;
import reportsite.source.InputFiles;
import reportsite.source.SourceReader;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.FiguresFile;
import reportsite.updates.UpdateHistory;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records in content/data-updates.yaml the figures that changed since the published site, read from its "
                + "figures.json, and writes nothing else: for a site that a CI workflow builds and publishes from the committed "
                + "content. Run it before you push, then commit the file.",
                "(publish does this itself.)"})
final class RecordCommand implements Callable<Integer> {

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = "--since", paramLabel = "FILE-OR-URL",
            description = "the published site's figures.json, a copy or its address (default: <base URL>figures.json, the base URL "
                    + "from --base-url or site.base_url)")
    String since;

    @Option(names = "--base-url", paramLabel = "URL", converter = OutputOptions.BaseUrl.class,
            description = "the public address of the site (overrides site.base_url), where its figures.json is read")
    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputOptions output = new OutputOptions();
        output.baseUrl = baseUrl;
        BuildConfig config = options.config(output);
        String from = since != null ? since : address(config);
        PrintWriter out = spec.commandLine().getOut();
        Optional<SourceText> text = PublishedFile.read(from, "--since");
        if (text.isEmpty()) {
            out.println("nothing to record: " + from + " does not exist, so nothing is published there yet"
                    + " (a first publish records nothing)");
            out.flush();
            return ExitCodes.OK;
        }
        Diagnostics d = new Diagnostics();
        Optional<FigureSnapshot> published = FiguresFile.read(text.get(), d);
        if (published.isEmpty()) {
            d.error(Position.ofFile(text.get().file()), "this is not the figures.json of a site report-site built",
                    "pass --since with the published site's figures.json (a copy, or its address)", "");
            throw new UserError(d.all());
        }
        BuildResult r = new SiteBuilder(config).check(published);
        Report.warnings(spec.commandLine().getErr(), r.warnings());
        if (r.history().isEmpty()) {
            out.println("nothing to record: " + UpdateHistory.display(config.content()) + " already holds every change since " + from);
        } else {
            try {
                UpdateHistory.write(config.content(), r.history().get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + UpdateHistory.display(config.content()) + ": " + e.getMessage(), e);
            }
            Report.changes(out, "data changed since " + from, r.recorded());
            out.println("  recorded in " + UpdateHistory.display(config.content()) + ": commit it with the figures, so that the site"
                    + " built from the commit shows the update");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The published figures.json at the site's address: --base-url, else the data's site.base_url. */
    private static String address(BuildConfig config) {
        Optional<String> base = config.baseUrl();
        if (base.isEmpty()) {
            Diagnostics d = new Diagnostics();
            InputFiles inputs = SourceReader.read(config.content(), d);
            base = inputs.metrics().flatMap(m -> MetricsLoader.load(m, inputs.tables(), d).site().baseUrl());
            d.throwIfErrors();
        }
        return base.map(b -> (b.endsWith("/") ? b : b + "/") + FiguresFile.PATH).orElseThrow(() -> UserError.of(Position.ofFile("--since"),
                "no address to read the published figures from", "pass --since with the published site's figures.json (a copy, or its"
                        + " address), or --base-url, or set site.base_url in " + SourceReader.display(config.content().resolve(
                                SourceReader.METRICS_FILE))));
    }
}
