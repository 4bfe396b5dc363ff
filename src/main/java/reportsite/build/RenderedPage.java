package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown page compiled and laid out.
 *
 * @param html empty after an error
 * @param charts ids of the charts it embeds, in order
 * @param figures keys of the figures its directives show, sorted (for the Data updates page)
 * @param shows a hash of its body, which tells the change report whether its figures changed
 */
record RenderedPage(String path, Optional<byte[]> html, List<String> charts, List<String> figures, String shows) {

    static final CacheKind.Codec<RenderedPage> CODEC = new CacheKind.Codec<>() {
        @Override
        public void write(RenderedPage p, DataOutputStream out) throws IOException {
            out.writeUTF(p.path());
            out.writeUTF(p.shows());
            CacheKind.Codec.writeStrings(out, p.charts());
            CacheKind.Codec.writeStrings(out, p.figures());
            CacheKind.Codec.writeBytes(out, p.html().orElseThrow());
        }

        @Override
        public RenderedPage read(DataInputStream in) throws IOException {
            String path = in.readUTF();
            String shows = in.readUTF();
            List<String> charts = CacheKind.Codec.readStrings(in);
            List<String> figures = CacheKind.Codec.readStrings(in);
            return new RenderedPage(path, Optional.of(CacheKind.Codec.readBytes(in)), charts, figures, shows);
        }
    };
}
