package reportsite.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code report-site}: builds a static report site from content/ and templates/. */
@Command(name = "report-site", mixinStandardHelpOptions = true, version = "report-site 0.1.0",
        description = "Builds a static report site from Markdown, a metrics YAML file and FreeMarker templates.",
        subcommands = {NewCommand.class, BuildCommand.class, CheckCommand.class, PublishCommand.class, RecordCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line with its writers, for the program and for tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: new, build, check, serve, publish or record");
    }
}
