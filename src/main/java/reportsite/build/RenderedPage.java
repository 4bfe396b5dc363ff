package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reportsite.content.ClaimLedger;

/**
 * A Markdown page compiled and laid out.
 *
 * @param html empty after an error
 * @param charts ids of the charts it embeds, in order
 * @param figures keys of the figures its directives show, sorted (for the Data updates page)
 * @param shows a hash of its body, which tells the change report whether its figures changed
 * @param claims its judged sentences, for the claims ledger; keyed by a hash of themselves, worked out once
 *     per page made, since the data pages' key holds every page's claims and a page edit changes one
 */
record RenderedPage(String path, Optional<byte[]> html, List<String> charts, List<String> figures, String shows,
                    Keyed<List<ClaimLedger.Entry>> claims) {

    static final CacheKind.Codec<RenderedPage> CODEC = new CacheKind.Codec<>() {
        @Override
        public void write(RenderedPage p, DataOutputStream out) throws IOException {
            out.writeUTF(p.path());
            out.writeUTF(p.shows());
            CacheKind.Codec.writeStrings(out, p.charts());
            CacheKind.Codec.writeStrings(out, p.figures());
            CacheKind.Codec.writeBytes(out, p.html().orElseThrow());
            out.writeInt(p.claims().value().size());
            for (ClaimLedger.Entry c : p.claims().value()) {
                CacheKind.Codec.writeStrings(out, List.of(c.page(), c.title(), c.sentence(), c.condition(), c.values(), c.verdict()));
                out.writeInt(c.line());
                out.writeBoolean(c.holds());
            }
        }

        @Override
        public RenderedPage read(DataInputStream in) throws IOException {
            String path = in.readUTF();
            String shows = in.readUTF();
            List<String> charts = CacheKind.Codec.readStrings(in);
            List<String> figures = CacheKind.Codec.readStrings(in);
            byte[] html = CacheKind.Codec.readBytes(in);
            List<ClaimLedger.Entry> claims = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                List<String> s = CacheKind.Codec.readStrings(in);
                claims.add(new ClaimLedger.Entry(s.get(0), s.get(1), in.readInt(), s.get(2), s.get(3), in.readBoolean(), s.get(4), s.get(5)));
            }
            return new RenderedPage(path, Optional.of(html), charts, figures, shows, Keyed.of(List.copyOf(claims)));
        }
    };
}
