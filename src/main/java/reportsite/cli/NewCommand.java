package reportsite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reportsite.data.Language;
import reportsite.source.SourceReader;
import reportsite.start.Starter;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a small, complete report into DIR to start from: content/metrics.yaml with one metric and "
                + "sample figures (with their public sources) in a CSV file, a home page using a figure, a claim and a chart, "
                + "a .gitignore and a GitHub Pages workflow. It builds as it is, with no templates folder.",
                "DIR must be new or empty."})
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "the folder of the new report")
    Path dir;

    @Option(names = "--entities", split = ",", paramLabel = "ID",
            description = "ids of the companies or other entities the report compares, e.g. microsoft,amazon (names to edit are made from them)")
    List<String> entities = new ArrayList<>();

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "the editions, the default first (default: ${DEFAULT-VALUE}; known: en, zh)")
    List<String> languages = new ArrayList<>(List.of("en"));

    @Option(names = "--title", paramLabel = "TEXT", description = "the report's title (default: ${DEFAULT-VALUE})")
    String title = "My report";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Language> editions = new ArrayList<>();
        for (String code : languages) {
            Language l = Language.ofCode(code.strip()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown language '" + code + "' in --languages; known: en, zh"));
            if (!editions.contains(l)) {
                editions.add(l);
            }
        }
        for (String id : entities) {
            if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is not a valid entity id: "
                        + "use lower-case letters, digits, '-' and '_', e.g. --entities microsoft,amazon");
            }
        }
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title is empty");
        }
        Starter.write(dir, new Starter.Request(title.strip(), List.copyOf(entities), List.copyOf(editions)));
        String name = SourceReader.display(dir);
        var out = spec.commandLine().getOut();
        out.println("wrote a new report into " + name + "/ (its figures are samples: replace them with yours)");
        out.println("next: cd " + name + " && report-site serve    (or: report-site build, which writes site/)");
        out.flush();
        return ExitCodes.OK;
    }
}
