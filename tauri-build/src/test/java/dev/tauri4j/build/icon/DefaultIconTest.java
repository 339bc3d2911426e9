package dev.tauri4j.build.icon;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultIconTest {

    private static final String RESOURCE = "/dev/tauri4j/build/icon/default-icon.png";

    private static byte[] shipped() throws IOException {
        try (InputStream in = IconSet.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void isA1024RgbaPngWithTransparentCorners() throws IOException {
        byte[] png = shipped();
        assertThat(IconFiles.pngDepthAndColourType(png)).containsExactly(8, 6);
        BufferedImage icon = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(icon.getWidth()).isEqualTo(1024);
        assertThat(icon.getHeight()).isEqualTo(1024);
        assertThat(icon.getRGB(0, 0) >>> 24).isZero();
        assertThat(icon.getRGB(512, 512) >>> 24).isEqualTo(255);
    }

    @Test
    void makesAFullIconSetWithoutWarnings(@TempDir Path dir) throws IOException {
        Path source = Files.write(dir.resolve("default-icon.png"), shipped());

        IconReport report = IconSet.generate(source, dir.resolve("icons"));

        assertThat(report.warnings()).isEmpty();
        assertThat(report.files()).hasSize(6);
    }

    /** Catches an edit to {@link DefaultIconArt} that was not followed by regenerating the PNG. */
    @Test
    void matchesWhatDefaultIconArtDraws() throws IOException {
        BufferedImage shipped = ImageIO.read(new ByteArrayInputStream(shipped()));
        BufferedImage drawn = DefaultIconArt.draw();
        long difference = 0;
        for (int y = 0; y < 1024; y++) {
            for (int x = 0; x < 1024; x++) {
                int a = shipped.getRGB(x, y);
                int b = drawn.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    difference += Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF));
                }
            }
        }
        // a tolerance, since another JDK's rasteriser may round edges a little differently
        assertThat(difference / (1024.0 * 1024 * 4)).as("mean difference per channel").isLessThan(0.5);
    }
}
