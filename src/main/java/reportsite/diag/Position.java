package reportsite.diag;

/**
 * A place in an input file. Lines and columns count from 1; 0 means "unknown" (the whole file).
 *
 * @param file path as the user wrote it or relative to the working directory
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
