package dev.tauri4j.build.icon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Source images drawn for the tests, so no binary fixture has to be trusted. */
final class TestIcons {

    /** The circle's colour; edge pixels of every output must keep it. */
    static final Color CIRCLE = new Color(230, 80, 40);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TestIcons() {
    }

    /**
     * A coloured circle on transparency with white, text-like strokes well inside it, so that the pixels
     * on the circle's rim mix only the circle's colour with transparency.
     */
    static BufferedImage circle(int size, int imageType) {
        BufferedImage image = new BufferedImage(size, size, imageType);
        int[] rim = circleWithExactRimColour(size);
        image.setRGB(0, 0, size, size, rim, 0, size);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double unit = size / 1024.0;
            g.scale(unit, unit);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(36, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D letters = new Path2D.Double();
            letters.moveTo(330, 380); // "T"
            letters.lineTo(450, 380);
            letters.moveTo(390, 380);
            letters.lineTo(390, 560);
            letters.moveTo(560, 380); // "4"
            letters.lineTo(500, 500);
            letters.lineTo(610, 500);
            letters.moveTo(585, 430);
            letters.lineTo(585, 560);
            letters.moveTo(690, 380); // "J"
            letters.lineTo(690, 520);
            letters.quadTo(690, 560, 650, 560);
            g.draw(letters);
            g.setStroke(new BasicStroke(2)); // hairlines, the finest detail a downscaler can smear
            for (int y = 620; y <= 680; y += 12) {
                g.drawLine(360, y, 660, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The circle's pixels: Java2D stores imprecise colours in faintly covered pixels (it rounds the
     * premultiplied value), so its coverage is taken as alpha and the colour is set exactly.
     */
    private static int[] circleWithExactRimColour(int size) {
        BufferedImage coverage = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = coverage.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double unit = size / 1024.0;
            g.scale(unit, unit);
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(52, 52, 920, 920));
        } finally {
            g.dispose();
        }
        int[] pixels = coverage.getRGB(0, 0, size, size, null, 0, size);
        int colour = CIRCLE.getRGB() & 0xFFFFFF;
        for (int i = 0; i < pixels.length; i++) {
            int alpha = pixels[i] >>> 24;
            pixels[i] = alpha == 0 ? 0 : alpha << 24 | colour;
        }
        return pixels;
    }

    /** Writes {@code image} as a PNG file and returns its path. */
    static Path write(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
