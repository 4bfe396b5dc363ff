package reportsite.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reportsite.data.Dataset;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;
import reportsite.diag.Suggest;
import reportsite.i18n.UiStrings;

/**
 * The citations of one page: each {@code [n]} becomes a superscript link to the page's
 * reference list, and remembers where it stands so the list can link back.
 */
final class Citations {

    private final Dataset data;
    private final SourceText file;
    private final Diagnostics diagnostics;
    private final UiStrings ui;
    private final Map<Integer, List<String>> backlinks = new TreeMap<>();

    Citations(Dataset data, SourceText file, Diagnostics diagnostics, UiStrings ui) {
        this.data = data;
        this.ui = ui;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    String cite(Directive d) {
        StringBuilder sb = new StringBuilder("<sup class=\"cite\">");
        for (String n : d.words()) {
            int id = Integer.parseInt(n);
            if (!known(d, id, data, file, diagnostics)) {
                continue;
            }
            List<String> places = backlinks.computeIfAbsent(id, k -> new ArrayList<>());
            String anchor = "cite-" + id + "-" + (places.size() + 1);
            places.add(anchor);
            sb.append("<a id=\"").append(anchor).append("\" href=\"#ref-").append(id).append("\" title=\"")
                    .append(Html.escape(data.source(id).map(s -> FigureText.sourceLabel(s, ui)).orElse(""))).append("\">[")
                    .append(id).append("]</a>");
        }
        return sb.append("</sup>").toString();
    }

    List<Page.Reference> references() {
        List<Page.Reference> out = new ArrayList<>();
        backlinks.forEach((id, places) -> out.add(new Page.Reference(id, List.copyOf(places))));
        return out;
    }

    /** A citation outside a page body (in a fact check): links straight to the sources page. */
    static String linkToSources(Directive d, Dataset data, SourceText file, Diagnostics diagnostics) {
        StringBuilder sb = new StringBuilder("<sup class=\"cite\">");
        for (String n : d.words()) {
            int id = Integer.parseInt(n);
            if (known(d, id, data, file, diagnostics)) {
                sb.append("<a href=\"sources.html#source-").append(id).append("\">[").append(id).append("]</a>");
            }
        }
        return sb.append("</sup>").toString();
    }

    private static boolean known(Directive d, int id, Dataset data, SourceText file, Diagnostics diagnostics) {
        if (data.source(id).isPresent()) {
            return true;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        data.sources().forEach(s -> ids.put(String.valueOf(s.id()), ""));
        diagnostics.error(file, d.position(), "citation [" + id + "] is not in the sources list of the metrics file",
                data.sources().isEmpty() ? "add a sources list to content/metrics.yaml" : Suggest.hint(String.valueOf(id), ids.keySet()));
        return false;
    }
}
