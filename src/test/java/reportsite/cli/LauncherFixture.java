package reportsite.cli;

import java.util.Arrays;

/** Stands in for the generator's jar in {@link LauncherTest}: exits with 1 when given {@code --fail}, else with 0. */
public final class LauncherFixture {

    private LauncherFixture() {
    }

    public static void main(String[] args) {
        System.exit(Arrays.asList(args).contains("--fail") ? 1 : 0);
    }
}
