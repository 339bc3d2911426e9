package dev.tauri4j.build.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IconInputTest {

    @TempDir
    Path dir;

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path source) {
        Path output = dir.resolve("icons");
        var refusal = assertThatThrownBy(() -> IconSet.generate(source, output))
                .isInstanceOf(IconException.class)
                .hasMessageStartingWith(source.toString())
                .hasMessageContaining("Fix: ")
                .satisfies(e -> assertThat(((IconException) e).file()).isEqualTo(source));
        assertThat(output).as("nothing written for a refused source").doesNotExist();
        return refusal;
    }

    private Path png(BufferedImage image, String name) throws IOException {
        return TestIcons.write(image, dir.resolve(name));
    }

    @Test
    void aMissingFile() {
        refused(dir.resolve("icon.png")).hasMessageContaining("does not exist");
    }

    @Test
    void aFolder() throws IOException {
        refused(Files.createDirectory(dir.resolve("icon.png"))).hasMessageContaining("is a folder, not a PNG image");
    }

    @Test
    void aJpegNamedPng() throws IOException {
        Path file = dir.resolve("icon.png");
        ImageIO.write(new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        refused(file).hasMessage(file + " is not a PNG image (it is a JPEG). Fix: export the icon as a square PNG, "
                + "1024x1024, with a transparent background");
    }

    @Test
    void anSvgNamedPng() throws IOException {
        Path file = Files.writeString(dir.resolve("icon.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        refused(file).hasMessageContaining("is not a PNG image (it looks like SVG or other text; convert it to PNG first)");
    }

    @Test
    void anEmptyFile() throws IOException {
        refused(Files.createFile(dir.resolve("icon.png"))).hasMessageContaining("is not a PNG image (it is empty)");
    }

    @Test
    void aTruncatedPng() throws IOException {
        byte[] whole = Files.readAllBytes(png(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), "whole.png"));
        Path file = Files.write(dir.resolve("icon.png"), Arrays.copyOf(whole, whole.length / 2));
        refused(file).hasMessageContaining("cannot be read as a PNG image").hasMessageContaining("truncated or corrupt");
    }

    @Test
    void aRectangle() throws IOException {
        Path file = png(new BufferedImage(1024, 768, BufferedImage.TYPE_INT_ARGB), "icon.png");
        refused(file).hasMessageStartingWith(file + " is 1024x768; it must be square, e.g. 1024x1024. Fix: pad the "
                + "shorter side with transparency (or crop) and export it again");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 256, 511})
    void tooSmall(int size) throws IOException {
        Path file = png(TestIcons.circle(size, BufferedImage.TYPE_INT_ARGB), "icon.png");
        refused(file).hasMessageStartingWith(file + " is " + size + "x" + size + "; it must be at least 512x512");
    }

    @Test
    void tooLargeIsRefusedFromTheHeaderAlone() throws IOException {
        Path file = Files.write(dir.resolve("icon.png"), withHeaderSize(TestIcons.circle(512, BufferedImage.TYPE_INT_ARGB), 20000));
        refused(file).hasMessageStartingWith(file + " is 20000x20000; it must be at most 4096x4096");
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 700, 1000})
    void underTheRecommendedSizeWorksWithAWarning(int size) throws IOException {
        Path file = png(TestIcons.circle(size, BufferedImage.TYPE_INT_ARGB), "icon.png");

        IconReport report = IconSet.generate(file, dir.resolve("icons"));

        assertThat(report.warnings()).singleElement().asString()
                .startsWith(file + " is " + size + "x" + size + "; 1024x1024 is recommended");
        assertThat(report.files()).hasSize(6);
        var icns = IconFiles.readIcns(Files.readAllBytes(dir.resolve("icons/icon.icns")));
        assertThat(icns).filteredOn(e -> e.type().equals("ic10")).singleElement()
                .satisfies(e -> assertThat(e.image().getWidth()).isEqualTo(1024));
        IconSetTest.assertNoDarkHalo(ImageIO.read(dir.resolve("icons/icon.png").toFile()));
        IconSetTest.assertNoDarkHalo(icns.stream().filter(e -> e.type().equals("ic10")).findFirst().orElseThrow().image());
    }

    @Test
    void anOpaqueSourceGivesOpaqueRgbaIcons() throws IOException {
        Path file = png(TestIcons.circle(1024, BufferedImage.TYPE_INT_RGB), "icon.png");
        assertThat(ImageIO.read(file.toFile()).getColorModel().hasAlpha()).as("the source has no alpha").isFalse();

        IconReport report = IconSet.generate(file, dir.resolve("icons"));

        assertThat(report.warnings()).isEmpty();
        byte[] png = Files.readAllBytes(dir.resolve("icons/32x32.png"));
        assertThat(IconFiles.pngDepthAndColourType(png)).containsExactly(8, 6);
        BufferedImage icon = ImageIO.read(dir.resolve("icons/32x32.png").toFile());
        assertThat(icon.getRGB(0, 0) >>> 24).isEqualTo(255);
    }

    @Test
    void aPalettePngKeepsItsTransparency() throws IOException {
        byte[] grey = {0, (byte) 200};
        byte[] alpha = {0, (byte) 255};
        BufferedImage indexed = new BufferedImage(512, 512, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(1, 2, grey, grey, grey, alpha));
        for (int y = 128; y < 384; y++) {
            for (int x = 128; x < 384; x++) {
                indexed.getRaster().setSample(x, y, 0, 1);
            }
        }
        Path file = png(indexed, "icon.png");

        IconSet.generate(file, dir.resolve("icons"));

        BufferedImage icon = ImageIO.read(dir.resolve("icons/32x32.png").toFile());
        assertThat(icon.getRGB(0, 0) >>> 24).isZero();
        assertThat(icon.getRGB(16, 16)).isEqualTo(0xFFC8C8C8);
    }

    @Test
    void anOutputFolderThatIsAFile() throws IOException {
        Path source = png(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), "icon.png");
        Path output = Files.writeString(dir.resolve("icons"), "not a folder");

        assertThatThrownBy(() -> IconSet.generate(source, output))
                .isInstanceOf(IconException.class)
                .hasMessageStartingWith(output + " is a file, not a folder")
                .hasMessageContaining("Fix: ");
    }

    /** A real PNG whose header claims another size, to show the size is refused before any decoding. */
    private static byte[] withHeaderSize(BufferedImage image, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        ByteBuffer png = ByteBuffer.wrap(out.toByteArray());
        png.putInt(16, size).putInt(20, size); // IHDR data starts after signature, length and type
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17); // the CRC covers the chunk type and its 13 data bytes
        png.putInt(29, (int) crc.getValue());
        return png.array();
    }
}
