package reportsite.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/**
 * Checks that every internal link, anchor and image of the generated pages resolves to a file
 * (and an id) of the output. Linear in the size of the site: each page's ids are read once.
 */
public final class LinkChecker {

    private static final Pattern ATTR = Pattern.compile("\\s(href|src|srcset)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private LinkChecker() {
    }

    public static void check(Map<String, byte[]> files, String outName, Diagnostics diagnostics) {
        Map<String, String> html = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                html.put(path, text);
                Set<String> set = new HashSet<>();
                Matcher m = ID.matcher(text);
                while (m.find()) {
                    set.add(m.group(1));
                }
                ids.put(path, set);
            }
        });
        html.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Matcher m = ATTR.matcher(e.getValue());
            while (m.find()) {
                String value = m.group(2).replace("&amp;", "&");
                if (m.group(1).equals("srcset")) {
                    for (String part : value.split(",")) {
                        String url = part.trim().split("\\s+")[0];
                        checkOne(e.getKey(), url, files, ids, outName, diagnostics);
                    }
                } else {
                    checkOne(e.getKey(), value, files, ids, outName, diagnostics);
                }
            }
        });
    }

    private static void checkOne(String page, String link, Map<String, byte[]> files, Map<String, Set<String>> ids,
                                 String outName, Diagnostics diagnostics) {
        if (link.isEmpty() || link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")
                || link.startsWith("data:")) {
            return;
        }
        String where = outName + "/" + page;
        URI uri;
        try {
            uri = new URI(null, null, link.contains("#") ? link.substring(0, link.indexOf('#')) : link,
                    link.contains("#") ? link.substring(link.indexOf('#') + 1) : null);
        } catch (URISyntaxException ex) {
            diagnostics.error(Position.ofFile(where), "malformed link '" + link + "'", "", "");
            return;
        }
        if (link.startsWith("/") || link.contains(":")) {
            diagnostics.error(Position.ofFile(where), "link '" + link + "' is not relative",
                    "use a relative link so that the site works from disk and under a sub-path", "");
            return;
        }
        String pathPart = uri.getPath() == null ? "" : uri.getPath();
        String target = pathPart.isEmpty() ? page : resolve(page, pathPart);
        if (target.endsWith("/") || target.isEmpty()) {
            target = target + "index.html";
        }
        if (target == null || !files.containsKey(target)) {
            diagnostics.error(Position.ofFile(where), "broken link '" + link + "': no file " + target + " in the output",
                    "fix the link or create the page", "");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            diagnostics.error(Position.ofFile(where), "broken anchor '" + link + "': " + target + " has no id '" + fragment + "'",
                    "link to a heading or figure id that exists", "");
        }
    }

    /** Resolves a relative path against the folder of {@code page}; null if it leaves the site. */
    static String resolve(String page, String relative) {
        String base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String[] parts = (base + relative).split("/", -1);
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
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
