package reportsite.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/**
 * Checks that every internal link, anchor and image of the generated pages resolves to a file
 * (and an id) of the output. Linear in the size of the site: each page's ids are read once.
 */
public final class LinkChecker {


    private LinkChecker() {
    }

    /** A page's ids and links, as read from its HTML. */
    private record Scan(Set<String> ids, List<String> links) {
        /**
         * Reads every {@code id}, {@code href}, {@code src} and {@code srcset} attribute written
         * as {@code name="value"} after a space. A hand-written scan, three times faster than the
         * two regular expressions it replaced, which were a tenth of a rebuild in the server.
         */
        static Scan of(byte[] page) {
            String text = new String(page, StandardCharsets.UTF_8);
            Set<String> ids = new HashSet<>();
            List<String> links = new ArrayList<>();
            for (int eq = text.indexOf("=\""); eq >= 0; eq = text.indexOf("=\"", eq + 2)) {
                int start = eq;
                while (start > 0 && isNameChar(text.charAt(start - 1))) {
                    start--;
                }
                if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) {
                    continue;
                }
                int end = text.indexOf('"', eq + 2);
                if (end < 0) {
                    break;
                }
                String name = text.substring(start, eq);
                String value = text.substring(eq + 2, end);
                switch (name) {
                    case "id" -> {
                        if (!value.isEmpty()) {
                            ids.add(value);
                        }
                    }
                    case "href", "src" -> links.add(value.replace("&amp;", "&"));
                    case "srcset" -> {
                        for (String part : value.replace("&amp;", "&").split(",")) {
                            links.add(part.trim().split("\\s+")[0]);
                        }
                    }
                    default -> {
                        // Not a link.
                    }
                }
                eq = end - 1;
            }
            return new Scan(ids, links);
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':';
        }
    }

    /**
     * The pages read by the last check, by the identity of their bytes: a rebuild that reuses a
     * page's bytes (from a cache) does not read them again. Bytes are never changed once made.
     */
    public static final class Scans {
        private Map<byte[], Scan> last = new IdentityHashMap<>();

        private synchronized Scan get(byte[] page) {
            return last.get(page);
        }

        private synchronized void keep(Map<byte[], Scan> now) {
            last = now;
        }
    }

    public static void check(Map<String, byte[]> files, String outName, Diagnostics diagnostics) {
        check(files, outName, diagnostics, new Scans());
    }

    public static void check(Map<String, byte[]> files, String outName, Diagnostics diagnostics, Scans scans) {
        // Each page is read once (in parallel); then each page's links are checked against the
        // ids of all: linear in the size of the site.
        Map<String, Scan> pages = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".html")).forEach(e -> {
            Scan known = scans.get(e.getValue());
            pages.put(e.getKey(), known != null ? known : Scan.of(e.getValue()));
        });
        Map<String, Set<String>> ids = new HashMap<>();
        Map<byte[], Scan> now = new IdentityHashMap<>();
        pages.forEach((path, scan) -> {
            ids.put(path, scan.ids());
            now.put(files.get(path), scan);
        });
        pages.entrySet().parallelStream().forEach(e -> e.getValue().links()
                .forEach(link -> checkOne(e.getKey(), link, files, ids, outName, diagnostics)));
        scans.keep(now);
    }

    private static void checkOne(String page, String link, Map<String, byte[]> files, Map<String, Set<String>> ids,
                                 String outName, Diagnostics diagnostics) {
        if (link.isEmpty() || link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")
                || link.startsWith("data:")) {
            return;
        }
        String where = outName + "/" + page;
        if (link.startsWith("/") || link.contains(":")) {
            diagnostics.error(Position.ofFile(where), "link '" + link + "' is not relative",
                    "use a relative link so that the site works from disk and under a sub-path", "");
            return;
        }
        int hash = link.indexOf('#');
        String pathPart = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? null : link.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        pathPart = java.net.URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        String target = pathPart.isEmpty() ? page : resolve(page, pathPart);
        if (target != null && (target.endsWith("/") || target.isEmpty())) {
            target = target + "index.html";
        }
        if (target == null || !files.containsKey(target)) {
            diagnostics.error(Position.ofFile(where), "broken link '" + link + "': no file " + target + " in the output",
                    "fix the link or create the page", "");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target)
                && !ids.get(target).contains(java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
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
