package reportsite.claims;

/** A claim that cannot be read, with a hint of what to write instead. */
public final class ClaimSyntaxException extends Exception {

    private final String hint;

    ClaimSyntaxException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
