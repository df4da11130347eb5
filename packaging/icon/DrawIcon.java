import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;

/**
 * Draws the Tagbench icon: a waveform on a dark rounded square with a price tag in the corner.
 * Run with {@code java packaging/icon/DrawIcon.java OUT [size]}; OUT ending in .png (Linux), .ico (Windows) or .icns
 * (macOS). The icons are committed; this program is how they were made. ICO and ICNS both may hold a PNG as is,
 * which is all this writes into them.
 */
public final class DrawIcon {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File out = new File(args.length > 0 ? args[0] : "tagbench.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", png);
        String name = out.getName().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes = name.endsWith(".ico") ? ico(png.toByteArray(), size)
                : name.endsWith(".icns") ? icns(png.toByteArray()) : png.toByteArray();
        Files.write(out.toPath(), bytes);
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
    }

    /** ICONDIR with one entry whose image data is the PNG (a width or height of 256 is written as 0). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        return ico.put(png).array();
    }

    /** An ICNS file with one 'ic08' (256x256) element holding the PNG; sizes are big-endian and include headers. */
    static byte[] icns(byte[] png) {
        ByteBuffer icns = ByteBuffer.allocate(8 + 8 + png.length).order(ByteOrder.BIG_ENDIAN);
        icns.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + 8 + png.length);
        icns.put("ic08".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length);
        return icns.put(png).array();
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        drawBackground(g);
        drawWaveform(g);
        drawTag(g);
        g.dispose();
        return image;
    }

    private static void drawBackground(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x1E2A3A), 0, 256, new Color(0x0E141C)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
    }

    /** A decaying tone burst, the way a spectrogram viewer shows a short sound event. */
    private static void drawWaveform(Graphics2D g) {
        Path2D wave = new Path2D.Double();
        for (int x = 28; x <= 200; x++) {
            double t = (x - 28) / 172.0;
            double envelope = Math.sin(Math.PI * Math.min(1, t * 1.4)) * Math.exp(-1.5 * t);
            double y = 128 - 78 * envelope * Math.sin(t * 2 * Math.PI * 7.5);
            if (x == 28) {
                wave.moveTo(x, y);
            } else {
                wave.lineTo(x, y);
            }
        }
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x4FC3F7));
        g.draw(wave);
    }

    private static void drawTag(Graphics2D g) {
        GeneralPath tag = new GeneralPath();
        tag.moveTo(150, 150);
        tag.lineTo(206, 150);
        tag.lineTo(230, 180);
        tag.lineTo(206, 210);
        tag.lineTo(150, 210);
        tag.closePath();
        g.setColor(new Color(0xFFB74D));
        g.fill(tag);
        g.setColor(new Color(0x0E141C));
        g.fillOval(199, 173, 14, 14);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(164, 172, 188, 172);
        g.drawLine(164, 188, 182, 188);
    }
}
