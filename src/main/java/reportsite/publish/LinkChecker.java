package reportsite.publish;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/**
 * Checks that every internal link, anchor and image of the generated pages resolves to a file
 * (and an id) of the output, and that no link uses a scheme other than http(s):, mailto: or
 * data: (so a {@code javascript:} link in raw HTML stops the build, however it is spelled).
 * Linear in the size of the site: each page is parsed once.
 */
public final class LinkChecker {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "data");
    /** A scheme as a browser's URL parser reads one: a letter, then letters, digits, +, - or ., then a colon. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** Compiled once: {@code String.replaceAll} compiled it for each link of each page, twice (4 ms of a page edit's link check). */
    private static final Pattern TABS_AND_NEWLINES = Pattern.compile("[\\t\\n\\r]");

    private LinkChecker() {
    }

    public static void check(Map<String, byte[]> files, String outName, Diagnostics diagnostics) {
        check(files, outName, diagnostics, path -> PageLinks.read(files.get(path)));
    }

    /**
     * @param read a page's ids and links by its path: {@link PageLinks#read} of its bytes, or the
     *     same read already (for the search index, or by an earlier build for bytes that did not change)
     */
    public static void check(Map<String, byte[]> files, String outName, Diagnostics diagnostics, Function<String, PageLinks> read) {
        // Each page is parsed once (in parallel); then each page's links are checked against the
        // ids of all.
        Map<String, PageLinks> pages = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".html"))
                .forEach(e -> pages.put(e.getKey(), read.apply(e.getKey())));
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, page) -> ids.put(path, page.ids()));
        // The menu, the sources and the charts are linked alike from every page of a folder: each
        // link is judged once per folder (once per page for links within the page).
        Map<String, Optional<Problem>> judged = new ConcurrentHashMap<>();
        pages.entrySet().parallelStream().forEach(e -> checkPage(e.getKey(), e.getValue().links(), files, ids, outName, diagnostics,
                judged));
    }

    /** Links that mean the same on every page of a folder share a key. */
    private static String judgedKey(String page, String written) {
        String url = asBrowserReads(written);
        boolean samePage = url.isEmpty() || url.startsWith("#") || url.startsWith("?");
        return (samePage ? page : page.substring(0, page.lastIndexOf('/') + 1)) + "\u0000" + written;
    }

    /** What is wrong with a link, and how to fix it. */
    private record Problem(String message, String hint) {
    }

    private static void checkPage(String page, List<PageLinks.Link> links, Map<String, byte[]> files,
                                  Map<String, Set<String>> ids, String outName, Diagnostics diagnostics,
                                  Map<String, Optional<Problem>> judged) {
        Map<Integer, Problem> problems = new TreeMap<>();
        for (int i = 0; i < links.size(); i++) {
            String written = links.get(i).url();
            Optional<Problem> problem = judged.computeIfAbsent(judgedKey(page, written),
                    k -> Optional.ofNullable(problem(page, written, files, ids)));
            if (problem.isPresent()) {
                problems.put(i, problem.get());
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        // The same parse, with places: its links come in the same order.
        List<PageLinks.Link> placed = PageLinks.read(files.get(page), true).links();
        String[] lines = new String(files.get(page), StandardCharsets.UTF_8).split("\n", -1);
        problems.forEach((i, problem) -> {
            PageLinks.Link link = placed.get(i);
            String line = link.line() > 0 && link.line() <= lines.length ? lines[link.line() - 1].stripTrailing() : "";
            diagnostics.error(new Position(outName + "/" + page, link.line(), link.column()), problem.message(), problem.hint(), line);
        });
    }

    /** What is wrong with one link of {@code page}, or null. */
    private static Problem problem(String page, String written, Map<String, byte[]> files, Map<String, Set<String>> ids) {
        String url = asBrowserReads(written);
        if (url.isEmpty()) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return ALLOWED_SCHEMES.contains(name) ? null : new Problem("link '" + written + "' uses the scheme '" + name + ":'",
                    "use a relative link, or one to http(s):, mailto: or data:; build --safe drops other links");
        }
        int hash = url.indexOf('#');
        String pathPart = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        // A colon before the path (one the scheme pattern rejects) or a leading slash or
        // backslash (browsers read "\" as "/") makes a link that is not relative to the page.
        if (pathPart.startsWith("/") || pathPart.startsWith("\\") || pathPart.split("/", 2)[0].contains(":")) {
            return new Problem("link '" + written + "' is not relative",
                    "use a relative link so that the site works from disk and under a sub-path");
        }
        String target;
        String anchor;
        try {
            target = pathPart.isEmpty() ? page : resolve(page, decode(pathPart));
            anchor = fragment == null || fragment.isEmpty() ? null : decode(fragment);
        } catch (IllegalArgumentException e) {
            return new Problem("link '" + written + "' has a malformed %-escape", "write a '%' in a URL as %25");
        }
        if (target == null) {
            return new Problem("broken link '" + written + "': it leads out of the site",
                    "link to a page of the site, or to its http(s): address");
        }
        if (target.endsWith("/") || target.isEmpty()) {
            target = target + "index.html";
        }
        if (!files.containsKey(target)) {
            return new Problem("broken link '" + written + "': no file " + target + " in the output", "fix the link or create the page");
        }
        if (anchor != null && ids.containsKey(target) && !ids.get(target).contains(anchor)) {
            return new Problem("broken anchor '" + written + "': " + target + " has no id '" + fragment + "'",
                    "link to a heading or figure id that exists");
        }
        return null;
    }

    /**
     * The URL as a browser's URL parser starts on it: leading and trailing spaces and control
     * characters stripped, tabs and newlines removed (so " java\tscript:" is a javascript: link).
     */
    static String asBrowserReads(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        return TABS_AND_NEWLINES.matcher(url.substring(from, to)).replaceAll("");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Resolves a relative path against the folder of {@code page}; null if it leaves the site. */
    static String resolve(String page, String relative) {
        String base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String[] parts = (base + relative).split("/", -1);
        Deque<String> stack = new ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("..")) {
                if (stack.isEmpty()) {
                    return null;
                }
                stack.removeLast();
            } else if (!p.equals(".") && !(p.isEmpty() && i < parts.length - 1)) {
                stack.addLast(p);
            }
        }
        return String.join("/", stack);
    }
}
