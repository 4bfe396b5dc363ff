package reportsite.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/**
 * Finds directives and citations in Markdown, outside code, and replaces each with a
 * placeholder token that flexmark passes through untouched. Positions are those of the file.
 */
final class DirectiveScanner {

    static final Set<String> BLOCKS = Set.of("chart", "table", "keyfigures", "factcheck");
    private static final Pattern CITATION = Pattern.compile("(?<![\\]!\\\\\\w])((?:\\[\\d{1,5}\\])+)(?![(\\[:])");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");

    record Result(String markdown, List<Directive> directives) {
    }

    private DirectiveScanner() {
    }

    static Result scan(SourceText file, String body, int bodyLine, Diagnostics diagnostics) {
        return scan(file, body, bodyLine, 1, diagnostics);
    }

    /**
     * @param firstColumn the file column where the body's first line starts (text embedded in a
     *     YAML string starts after its key and quote)
     */
    static Result scan(SourceText file, String body, int bodyLine, int firstColumn, Diagnostics diagnostics) {
        List<Directive> found = new ArrayList<>();
        StringBuilder out = new StringBuilder(body.length() + 64);
        String[] lines = body.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = bodyLine + i;
            Matcher fm = FENCE.matcher(line);
            if (fence != null) {
                if (fm.find() && fm.group(1).charAt(0) == fence.charAt(0) && fm.group(1).length() >= fence.length()) {
                    fence = null;
                }
                out.append(line);
            } else if (fm.find()) {
                fence = fm.group(1);
                out.append(line);
            } else {
                out.append(scanLine(file, line, lineNo, i == 0 ? firstColumn - 1 : 0, found, diagnostics));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Result(out.toString(), List.copyOf(found));
    }

    private static String scanLine(SourceText file, String line, int lineNo, int shift, List<Directive> found,
                                   Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = runLength(line, i, '`');
                int close = line.indexOf("`".repeat(run), i + run);
                // An unmatched backtick run is literal text in CommonMark, not a code span.
                int end = close < 0 ? i + run : close + run;
                out.append(line, i, end);
                i = end;
            } else if (c == '\\' && line.startsWith("{{", i + 1)) {
                out.append("{{");
                i += 3;
            } else if (line.startsWith("{{", i)) {
                int close = line.indexOf("}}", i + 2);
                if (close < 0) {
                    diagnostics.error(file, file.at(lineNo, shift + i + 1), "directive is not closed: '{{' without '}}'",
                            "close it on the same line, or write \\{{ for literal braces");
                    out.append(line.substring(i));
                    break;
                }
                String inner = line.substring(i + 2, close).trim();
                List<String> words = inner.isEmpty() ? List.of() : Arrays.asList(inner.split("\\s+"));
                boolean block = !words.isEmpty() && BLOCKS.contains(words.get(0));
                // Checked for blocks only: a long line of inline directives would be scanned again for each.
                if (block && !(line.substring(0, i).isBlank() && line.substring(close + 2).isBlank())) {
                    diagnostics.error(file, file.at(lineNo, shift + i + 1), "'" + words.get(0) + "' must stand alone on its line",
                            "put {{ " + inner + " }} on a line of its own, with blank lines around it");
                }
                Directive d = new Directive(found.size(), Directive.Kind.DIRECTIVE, words, inner, file.at(lineNo, shift + i + 1), block);
                found.add(d);
                out.append(d.token());
                i = close + 2;
            } else if (c == '[') {
                // Matched here and only here: find(i) would search the rest of the line for every '['.
                Matcher m = CITATION.matcher(line).region(i, line.length()).useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt()) {
                    List<String> numbers = new ArrayList<>();
                    Matcher n = NUMBER.matcher(m.group(1));
                    while (n.find()) {
                        numbers.add(n.group());
                    }
                    Directive d = new Directive(found.size(), Directive.Kind.CITATION, numbers, m.group(1), file.at(lineNo, shift + i + 1), false);
                    found.add(d);
                    out.append(d.token());
                    i = m.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int runLength(String s, int from, char c) {
        int n = 0;
        while (from + n < s.length() && s.charAt(from + n) == c) {
            n++;
        }
        return n;
    }
}
