package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reportsite.diag.Diagnostic;

/**
 * A Markdown page compiled and laid out.
 *
 * @param html empty after an error
 * @param charts ids of the charts it embeds, in order
 * @param figures keys of the figures its directives show, sorted (for the Data updates page)
 * @param shows a hash of its body, which tells the change report whether its figures changed
 * @param messages what compiling it reported; only a page without any is cached, so that a page
 *     taken from a cache never hides a message
 */
record RenderedPage(String path, Optional<byte[]> html, List<String> charts, List<String> figures, String shows,
                    List<Diagnostic> messages) {

    boolean keepable() {
        return html.isPresent() && messages.isEmpty();
    }

    static final CacheKind.Codec<RenderedPage> CODEC = new CacheKind.Codec<>() {
        @Override
        public void write(RenderedPage p, DataOutputStream out) throws IOException {
            out.writeUTF(p.path());
            out.writeUTF(p.shows());
            out.writeInt(p.charts().size());
            for (String c : p.charts()) {
                out.writeUTF(c);
            }
            out.writeInt(p.figures().size());
            for (String f : p.figures()) {
                out.writeUTF(f);
            }
            byte[] html = p.html().orElseThrow();
            out.writeInt(html.length);
            out.write(html);
        }

        @Override
        public RenderedPage read(DataInputStream in) throws IOException {
            String path = in.readUTF();
            String shows = in.readUTF();
            int n = in.readInt();
            List<String> charts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                charts.add(in.readUTF());
            }
            int f = in.readInt();
            List<String> figures = new ArrayList<>(f);
            for (int i = 0; i < f; i++) {
                figures.add(in.readUTF());
            }
            int length = in.readInt();
            byte[] html = in.readNBytes(length);
            if (html.length != length) {
                throw new IOException("entry cut short");
            }
            return new RenderedPage(path, Optional.of(html), List.copyOf(charts), List.copyOf(figures), shows, List.of());
        }
    };
}
