package dev.tauri4j.build.icon;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the default app icon shipped in {@code default-icon.png}: an app window with a bold "J" on a
 * blue-violet rounded square.
 *
 * <p>Only shapes, no fonts, so it draws the same on every machine. Regenerate after a change with
 * {@code java -cp tauri-build/target/test-classes dev.tauri4j.build.icon.DefaultIconArt} from the
 * repository root, look at the result, and commit it.
 */
public final class DefaultIconArt {

    static final Path DEFAULT_OUTPUT = Path.of("tauri-build/src/main/resources/dev/tauri4j/build/icon/default-icon.png");

    private static final int SIZE = 1024;
    /** Apple's icon grid: the body is 824 px of the 1024 px canvas, leaving room for the shadow. */
    private static final double BODY = 824;
    private static final Color BLUE = new Color(0x3D8BFF);
    private static final Color VIOLET = new Color(0x5A3BE0);
    private static final Color INK = new Color(0x2A2F6E);

    private DefaultIconArt() {
    }

    /** Writes the icon to the path given, or to {@link #DEFAULT_OUTPUT}. */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Files.createDirectories(output.toAbsolutePath().getParent());
        ImageIO.write(draw(), "png", output.toFile());
        System.out.println("wrote " + output.toAbsolutePath());
    }

    /** The icon, 1024 x 1024, {@code TYPE_INT_ARGB}. */
    static BufferedImage draw() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        double inset = (SIZE - BODY) / 2;
        Shape body = squircle(inset, inset - 10, BODY);
        shadow(image, body, 0, 14, 22, 0.30f);
        Graphics2D g = graphics(image);
        try {
            g.setPaint(new LinearGradientPaint(new Point2D.Double(inset, inset), new Point2D.Double(SIZE - inset, SIZE - inset),
                    new float[] {0f, 1f}, new Color[] {BLUE, VIOLET}));
            g.fill(body);
            // a soft light from the top gives depth without looking glossy
            g.setClip(body);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(SIZE / 2.0, inset - 40), 620,
                    new float[] {0f, 1f}, new Color[] {new Color(255, 255, 255, 70), new Color(255, 255, 255, 0)}));
            g.fill(body);
            g.setClip(null);
        } finally {
            g.dispose();
        }
        window(image);
        return image;
    }

    /** A white app window with a title bar, and a bold "J" in the page. */
    private static void window(BufferedImage image) {
        double x = 232;
        double y = 262;
        double w = 560;
        double h = 470;
        double radius = 56;
        double bar = 104;
        RoundRectangle2D frame = new RoundRectangle2D.Double(x, y, w, h, radius * 2, radius * 2);
        shadow(image, frame, 0, 18, 26, 0.35f);
        Graphics2D g = graphics(image);
        try {
            g.setColor(Color.WHITE);
            g.fill(frame);
            g.setClip(frame);
            g.setPaint(new LinearGradientPaint(new Point2D.Double(x, y), new Point2D.Double(x + w, y),
                    new float[] {0f, 1f}, new Color[] {new Color(0xE4EEFF), new Color(0xE9E4FF)}));
            g.fill(new Rectangle2D.Double(x, y, w, bar));
            g.setClip(null);
            double dot = 30;
            for (int i = 0; i < 3; i++) {
                g.setColor(new Color(INK.getRed(), INK.getGreen(), INK.getBlue(), 70 + 50 * i));
                g.fill(new Ellipse2D.Double(x + 44 + i * 50, y + (bar - dot) / 2, dot, dot));
            }
            drawJ(g, x, y + bar, w, h - bar);
        } finally {
            g.dispose();
        }
    }

    /** The "J": a thick stem with a round hook, in the warm orange of a coffee cup against the cool blue. */
    private static void drawJ(Graphics2D g, double x, double y, double w, double h) {
        double stroke = 70;
        double hookWidth = 180;
        // centred on the page: the hook's left edge and the stem's right edge balance around the middle
        double stemX = x + (w + hookWidth) / 2;
        double top = y + 46 + stroke / 2;
        double bottom = y + h - 46 - stroke / 2;
        Path2D j = new Path2D.Double();
        j.moveTo(stemX, top);
        j.lineTo(stemX, bottom - hookWidth / 2);
        j.append(new Arc2D.Double(stemX - hookWidth, bottom - hookWidth, hookWidth, hookWidth,
                0, -180, Arc2D.OPEN), true);
        g.setPaint(new LinearGradientPaint(new Point2D.Double(stemX, top), new Point2D.Double(stemX - hookWidth, bottom),
                new float[] {0f, 1f}, new Color[] {new Color(0xFFB020), new Color(0xF25C2A)}));
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(j);
        // the J's top bar, shorter than a serif so the letter stays bold at 16 px
        g.draw(new Line2D.Double(stemX - 110, top, stemX, top));
    }

    /**
     * A superellipse of exponent 5: its curvature changes smoothly into the straight sides, like macOS's
     * icon shape, where a plain rounded rectangle shows a visible kink.
     */
    static Shape squircle(double x, double y, double size) {
        double half = size / 2;
        double exponent = 5;
        Path2D path = new Path2D.Double();
        int steps = 720;
        for (int i = 0; i < steps; i++) {
            double t = 2 * Math.PI * i / steps;
            double c = Math.cos(t);
            double s = Math.sin(t);
            double px = half * Math.signum(c) * Math.pow(Math.abs(c), 2 / exponent);
            double py = half * Math.signum(s) * Math.pow(Math.abs(s), 2 / exponent);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return AffineTransform.getTranslateInstance(x + half, y + half).createTransformedShape(path);
    }

    /** Composites a blurred, darkened copy of {@code shape} under what is drawn next. */
    private static void shadow(BufferedImage image, Shape shape, double dx, double dy, int blur, float opacity) {
        BufferedImage layer = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(layer);
        try {
            g.setColor(new Color(10, 14, 40));
            g.fill(AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(shape));
        } finally {
            g.dispose();
        }
        // three box blurs approximate a Gaussian
        for (int pass = 0; pass < 3; pass++) {
            boxBlurAlpha(layer, blur / 2, true);
            boxBlurAlpha(layer, blur / 2, false);
        }
        Graphics2D target = graphics(image);
        try {
            target.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
            target.drawImage(layer, 0, 0, null);
        } finally {
            target.dispose();
        }
    }

    /** Blurs only the alpha channel; the shadow has one colour, so averaging colours would add nothing. */
    private static void boxBlurAlpha(BufferedImage layer, int radius, boolean horizontal) {
        int[] argb = layer.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        int[] result = new int[argb.length];
        int colour = argb[SIZE / 2 * SIZE + SIZE / 2] & 0xFFFFFF;
        for (int line = 0; line < SIZE; line++) {
            int sum = 0;
            for (int i = -radius; i <= radius; i++) {
                sum += alphaAt(argb, line, Math.clamp(i, 0, SIZE - 1), horizontal);
            }
            for (int i = 0; i < SIZE; i++) {
                int alpha = sum / (2 * radius + 1);
                result[horizontal ? line * SIZE + i : i * SIZE + line] = alpha << 24 | colour;
                sum += alphaAt(argb, line, Math.min(i + radius + 1, SIZE - 1), horizontal)
                        - alphaAt(argb, line, Math.max(i - radius, 0), horizontal);
            }
        }
        layer.setRGB(0, 0, SIZE, SIZE, result, 0, SIZE);
    }

    private static int alphaAt(int[] argb, int line, int i, boolean horizontal) {
        return argb[horizontal ? line * SIZE + i : i * SIZE + line] >>> 24;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        return g;
    }
}
