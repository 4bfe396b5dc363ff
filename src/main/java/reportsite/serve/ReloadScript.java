package reportsite.serve;

import java.nio.charset.StandardCharsets;

/**
 * The few lines that make a page reload when the site was rebuilt, and show a failed build's
 * messages over the page. The server adds them to HTML responses; they never reach the output
 * folder. The messages are set as text, never as HTML.
 */
final class ReloadScript {

    /** The server-sent events endpoint the script listens to. */
    static final String ENDPOINT = "/__reload";

    static final String TAG = "<script>/* added by report-site serve, not part of the site */"
            + "(function(){var s=new EventSource('" + ENDPOINT + "'),box;"
            + "s.addEventListener('reload',function(){location.reload();});"
            + "s.addEventListener('error',function(e){if(typeof e.data!=='string')return;"
            + "if(!box){box=document.createElement('pre');box.id='report-site-error';"
            + "box.style.cssText='position:fixed;inset:0;margin:0;padding:1.5em;overflow:auto;z-index:2147483647;"
            + "background:rgba(25,25,25,.95);color:#ffb4a9;font:14px/1.45 monospace;white-space:pre-wrap';"
            + "document.body.appendChild(box);}box.textContent=e.data;});})();</script>\n";

    private ReloadScript() {
    }

    /** The page with the script inserted before its last {@code </body>}, or appended. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        String out = at < 0 ? page + TAG : page.substring(0, at) + TAG + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static int lastBodyEnd(String page) {
        // Compared in place: lower-casing the page could change its length and so the index.
        for (int i = page.length() - "</body>".length(); i >= 0; i--) {
            if (page.regionMatches(true, i, "</body>", 0, "</body>".length())) {
                return i;
            }
        }
        return -1;
    }
}
