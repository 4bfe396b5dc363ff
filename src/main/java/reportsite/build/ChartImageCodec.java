package reportsite.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import reportsite.chart.ChartImage;

/** A chart's images in one cache entry: its id, size, and the four PNG files, each length-prefixed. */
final class ChartImageCodec implements CacheKind.Codec<ChartImage> {

    @Override
    public void write(ChartImage img, DataOutputStream out) throws IOException {
        out.writeUTF(img.id());
        out.writeInt(img.width());
        out.writeInt(img.height());
        for (byte[] png : new byte[][] {img.png1x(), img.png2x(), img.dark1x(), img.dark2x()}) {
            out.writeInt(png.length);
            out.write(png);
        }
    }

    @Override
    public ChartImage read(DataInputStream in) throws IOException {
        String id = in.readUTF();
        int width = in.readInt();
        int height = in.readInt();
        return new ChartImage(id, bytes(in), bytes(in), bytes(in), bytes(in), width, height);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("entry cut short");
        }
        return b;
    }
}
