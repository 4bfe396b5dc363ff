package reportsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reportsite.build.BuildResult;
import reportsite.diag.Diagnostic;
import reportsite.serve.DevServer;
import reportsite.source.SourceReader;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it over HTTP, and rebuilds and reloads open pages when content or templates change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--port", paramLabel = "N", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 4000;

    @Option(names = "--host", paramLabel = "ADDR", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, found " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevServer server = new DevServer(options.config(output), host, port, new Printer(out, err, options.timings));
        URI uri;
        try {
            uri = server.start();
        } catch (BindException e) {
            server.close();
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.println("    hint: another program uses the port; pass --port 0 to pick a free one");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            server.close();
            err.println("error: cannot serve: " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        }
        out.println("serving " + SourceReader.display(output.out) + " at " + uri + " (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "report-site-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped by the program that runs us (a test), not by Ctrl-C.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        out.println("stopped");
        out.flush();
        return ExitCodes.OK;
    }

    /** Prints each build of the loop as {@code build} prints one, and failures as {@code check} does. */
    private record Printer(PrintWriter out, PrintWriter err, boolean timings) implements DevServer.Listener {

        @Override
        public void built(BuildResult r, Set<Path> changed) {
            Report.warnings(err, r.warnings());
            String why = changed.isEmpty() ? "built" : "rebuilt after a change to " + names(changed);
            out.println(Report.built(why, r));
            Report.changes(out, r.changes());
            if (timings) {
                Report.timings(out, r.stageMillis());
            }
            out.flush();
        }

        @Override
        public void drew(BuildResult r) {
            out.println(String.format(Locale.ROOT, "  and the images of the charts it changed in %.2f s", r.millis() / 1000.0));
            if (timings) {
                Report.timings(out, r.stageMillis());
            }
            out.flush();
        }

        @Override
        public void failed(List<Diagnostic> diagnostics) {
            diagnostics.forEach(d -> err.println(d.format()));
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; still serving the last good build");
            err.flush();
        }

        @Override
        public void crashed(RuntimeException e) {
            err.println("error: the build failed: " + e);
            err.flush();
        }

        private static String names(Set<Path> changed) {
            List<String> names = changed.stream().map(SourceReader::display).sorted().toList();
            return names.size() <= 3 ? String.join(", ", names)
                    : names.stream().limit(3).collect(Collectors.joining(", ")) + " and " + (names.size() - 3) + " more";
        }
    }
}
