package reportsite.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The input has mistakes; the messages say where. */
    public static final int BAD_INPUT = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** A bug or an I/O failure, not the user's input. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
