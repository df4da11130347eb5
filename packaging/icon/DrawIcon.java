import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Tagbench icon: a waveform on a dark rounded square with a price tag in the corner.
 * Run with {@code java packaging/icon/DrawIcon.java packaging/linux/Tagbench.png [size]}; the PNG is committed,
 * this program is how it was made (and how to remake it at another size).
 */
public final class DrawIcon {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File out = new File(args.length > 0 ? args[0] : "tagbench.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", out);
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
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
