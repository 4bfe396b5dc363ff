package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Pages workflow passes the address GitHub reports for the site (the configure-pages step's
 * {@code base_url} output) to {@code build --base-url}; without it the deployed site has no
 * sitemap, canonical links or preview cards.
 */
class PagesWorkflowTest {

    /** This repository's workflow, and the one {@code report-site new} writes into a new report. */
    static Stream<Path> workflows() {
        return Stream.of(Path.of(".github/workflows/pages.yml"), Path.of("src/main/resources/reportsite/starter/pages.yml"));
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void theConfigurePagesAddressReachesTheBuild(Path workflow) throws IOException {
        List<Map<String, Object>> steps = steps(workflow);
        int configure = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/configure-pages@"));
        int build = indexOf(steps, s -> String.valueOf(s.get("run")).contains("report-site.jar build"));
        assertTrue(configure >= 0 && build > configure, "configure-pages runs before the build: " + steps);

        String id = String.valueOf(steps.get(configure).get("id"));
        String output = "${{ steps." + id + ".outputs.base_url }}";
        String run = String.valueOf(steps.get(build).get("run"));
        Matcher flag = Pattern.compile("--base-url[ =]\"?(\\$\\{\\{[^}]*}}|\\$\\{?(\\w+)}?)\"?").matcher(run);
        assertTrue(flag.find(), "the build passes --base-url: " + run);
        // Given either inline or, safer against shell injection, through the step's environment.
        String value = flag.group(2) == null ? flag.group(1)
                : String.valueOf(env(steps.get(build)).get(flag.group(2)));
        assertEquals(output, value.replaceAll("\\s+", " ").replace("{{ ", "{{ ").trim());

        int upload = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"));
        assertTrue(upload > build, "the artifact is the site just built");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Path file) throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Optional<List<Map<String, Object>>> found = jobs.values().stream()
                .map(j -> (List<Map<String, Object>>) ((Map<String, Object>) j).get("steps"))
                .filter(s -> s != null && s.stream().anyMatch(x -> String.valueOf(x.get("run")).contains("report-site.jar build")))
                .findFirst();
        assertTrue(found.isPresent(), "a job builds the site with the jar");
        return found.get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> step) {
        return step.get("env") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> p) {
        for (int i = 0; i < steps.size(); i++) {
            if (p.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
