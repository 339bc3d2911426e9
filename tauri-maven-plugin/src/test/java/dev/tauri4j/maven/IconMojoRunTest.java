package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tauri:icon for real: a PNG drawn here goes in, Tauri's icon files come out. */
@MojoTest
class IconMojoRunTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    @InjectMojo(goal = "icon")
    void writesTaurisIconsFromASquarePng(IconMojo mojo) throws Exception {
        mojo.source = drawPng(dir.resolve("app-icon.png"), 600, 600).toFile();
        mojo.output = dir.resolve("icons").toFile();

        mojo.execute();

        Path icons = dir.resolve("icons");
        assertThat(icons.resolve("32x32.png")).isRegularFile();
        assertThat(icons.resolve("128x128.png")).isRegularFile();
        assertThat(icons.resolve("128x128@2x.png")).isRegularFile();
        assertThat(icons.resolve("icon.png")).isRegularFile();
        assertThat(icons.resolve("icon.ico")).isNotEmptyFile();
        assertThat(icons.resolve("icon.icns")).isNotEmptyFile();
        assertThat(ImageIO.read(icons.resolve("32x32.png").toFile()).getWidth()).isEqualTo(32);
        assertThat(ImageIO.read(icons.resolve("128x128@2x.png").toFile()).getWidth()).isEqualTo(256);
        assertThat(ImageIO.read(icons.resolve("icon.png").toFile()).getHeight()).isEqualTo(512);
    }

    @Test
    @InjectMojo(goal = "icon")
    void aMissingSourceFailsWithAFix(IconMojo mojo) {
        mojo.source = dir.resolve("nowhere.png").toFile();
        mojo.output = dir.resolve("icons").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nowhere.png")
                .hasMessageContaining("Fix:");
        assertThat(dir.resolve("icons")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "icon")
    void aNonSquarePngFailsNamingTheFile(IconMojo mojo) throws Exception {
        mojo.source = drawPng(dir.resolve("banner.png"), 800, 600).toFile();
        mojo.output = dir.resolve("icons").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("banner.png");
    }

    private static Path drawPng(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x24, 0xC8, 0xDB));
            g.fillOval(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
            g.setColor(Color.WHITE);
            g.fillRect(width * 4 / 10, height * 4 / 10, width / 5, height / 5);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer");
        return file;
    }
}
