package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import reportsite.chart.ChartImage;

/** A chart's images in one cache entry: its id, size, the four PNG files, each length-prefixed, then the phone's two and its size, then the image for sharing. */
final class ChartImageCodec implements CacheKind.Codec<ChartImage> {

    @Override
    public void write(ChartImage img, DataOutputStream out) throws IOException {
        out.writeUTF(img.id());
        out.writeInt(img.width());
        out.writeInt(img.height());
        for (byte[] png : new byte[][] {img.png1x(), img.png2x(), img.dark1x(), img.dark2x()}) {
            CacheKind.Codec.writeBytes(out, png);
        }
        CacheKind.Codec.writeBytes(out, img.narrow().light2x());
        CacheKind.Codec.writeBytes(out, img.narrow().dark2x());
        out.writeInt(img.narrow().width());
        out.writeInt(img.narrow().height());
        CacheKind.Codec.writeBytes(out, img.share());
    }

    @Override
    public ChartImage read(DataInputStream in) throws IOException {
        String id = in.readUTF();
        int width = in.readInt();
        int height = in.readInt();
        byte[] png1x = CacheKind.Codec.readBytes(in);
        byte[] png2x = CacheKind.Codec.readBytes(in);
        byte[] dark1x = CacheKind.Codec.readBytes(in);
        byte[] dark2x = CacheKind.Codec.readBytes(in);
        byte[] narrow = CacheKind.Codec.readBytes(in);
        byte[] narrowDark = CacheKind.Codec.readBytes(in);
        ChartImage.Narrow phone = new ChartImage.Narrow(narrow, narrowDark, in.readInt(), in.readInt());
        return new ChartImage(id, png1x, png2x, dark1x, dark2x, width, height, phone, CacheKind.Codec.readBytes(in));
    }
}
