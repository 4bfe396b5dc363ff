package reportsite.render;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;
import reportsite.source.Theme;

/**
 * Warns when a template of the report's own folder no longer uses a variable its built-in
 * counterpart uses: the override was most likely copied from an older theme, and whatever the
 * theme now shows with that variable (a new link, a new label) is missing from the pages.
 *
 * <p>FreeMarker has no public API for the names a template reads, so they are read from its text:
 * the first name of each expression in {@code ${…}}, {@code <#…>} and {@code <@…>}, leaving out
 * built-ins ({@code ?name}), members ({@code .name}), named arguments ({@code name=}) and names the
 * template defines itself ({@code #assign}, {@code #list … as}, macro parameters, imports).
 */
public final class TemplateOverrides {

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\$\\{((?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[^}\"'])*)}"
                    // in a tag, a '>' inside parentheses compares, as FreeMarker requires it to be written
                    + "|<[#@]((?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|\\([^()]*\\)|[^>\"'])*)>", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.?#@$])([A-Za-z_][A-Za-z0-9_]*+)(?!\\s*=[^=])");
    private static final Pattern DEFINED = Pattern.compile(
            "<#(?:assign|local|global)\\s+(\\w+)|\\bas\\s+(\\w+)(?:\\s*,\\s*(\\w+))?|<#(?:macro|function)\\s+(\\w+)([^>]*)>");
    /** Words of FreeMarker's expressions (directive names are dropped before names are read). */
    private static final Set<String> WORDS = Set.of("as", "in", "using", "gt", "gte", "lt", "lte", "true", "false");

    private TemplateOverrides() {
    }

    /** Warns at each template of the folder that replaces a built-in one but does not read all the names it reads. */
    public static void check(Theme theme, Diagnostics d) {
        for (String path : theme.overrides().replaced()) {
            if (!path.endsWith(".ftlh") && !path.endsWith(".ftl")) {
                continue;
            }
            String builtIn = Theme.builtInFile(path).orElseThrow().text();
            SourceText own = theme.file(path).orElseThrow().sourceText();
            Set<String> missing = new TreeSet<>(variables(builtIn));
            missing.removeAll(names(own.text()));
            for (String name : missing) {
                d.warning(own, own.at(1, 1), "this template never uses '" + name + "', which the built-in " + path + " uses",
                        "it may be a copy of an older theme: compare it with the built-in " + path
                                + " (report-site new writes none), or delete it to use the built-in one");
            }
        }
    }

    /** The names a template reads from its model: every name in its expressions less those it defines. */
    static Set<String> variables(String template) {
        Set<String> out = names(template);
        out.removeAll(defined(template));
        return out;
    }

    /** Every name a template's expressions start with. */
    static Set<String> names(String template) {
        Set<String> out = new LinkedHashSet<>();
        Matcher e = EXPRESSION.matcher(COMMENT.matcher(template).replaceAll(""));
        while (e.find()) {
            String expr = e.group(1) != null ? e.group(1) : e.group(2);
            if (e.group(2) != null) {
                // The directive's or macro's own name is not a variable.
                expr = expr.replaceFirst("^[\\w.]+", "");
            }
            Matcher n = NAME.matcher(STRING.matcher(expr).replaceAll("\"\""));
            while (n.find()) {
                if (!WORDS.contains(n.group(1))) {
                    out.add(n.group(1));
                }
            }
        }
        return out;
    }

    private static Set<String> defined(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = DEFINED.matcher(template);
        while (m.find()) {
            for (int g = 1; g <= 4; g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g));
                }
            }
            if (m.group(5) != null) {
                Matcher p = Pattern.compile("(\\w+)").matcher(m.group(5).replaceAll("=[^\\s]*", ""));
                while (p.find()) {
                    out.add(p.group(1));
                }
            }
        }
        return out;
    }
}
