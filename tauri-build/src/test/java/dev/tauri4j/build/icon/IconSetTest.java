package dev.tauri4j.build.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.tauri4j.build.icon.IconFiles.IcnsEntry;
import dev.tauri4j.build.icon.IconFiles.IcoLayer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IconSetTest {

    @TempDir
    static Path shared;
    static Path out;
    static IconReport report;

    @BeforeAll
    static void generateOnce() throws IOException {
        Path source = TestIcons.write(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), shared.resolve("app-icon.png"));
        out = shared.resolve("icons");
        report = IconSet.generate(source, out);
    }

    @Test
    void writesTheDesktopSetAndReportsIt() throws IOException {
        List<String> names = List.of("32x32.png", "128x128.png", "128x128@2x.png", "icon.png", "icon.ico", "icon.icns");
        assertThat(report.files()).containsExactlyElementsOf(names.stream().map(out::resolve).toList());
        assertThat(report.warnings()).isEmpty();
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no staging leftovers")
                    .containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @ParameterizedTest
    @CsvSource({"32x32.png, 32", "128x128.png, 128", "128x128@2x.png, 256", "icon.png, 512"})
    void pngsAreRgbaAtTheirSize(String name, int size) throws IOException {
        byte[] png = Files.readAllBytes(out.resolve(name));
        assertThat(IconFiles.pngDepthAndColourType(png)).as("8-bit RGBA").containsExactly(8, 6);
        BufferedImage image = ImageIO.read(out.resolve(name).toFile());
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertAlphaKept(image);
    }

    @Test
    void icoHasSixLayersBitmapsUnder256AndPngAt256() throws IOException {
        List<IcoLayer> layers = IconFiles.readIco(Files.readAllBytes(out.resolve("icon.ico")));

        assertThat(layers).extracting(IcoLayer::width).containsExactly(16, 24, 32, 48, 64, 256);
        assertThat(layers).extracting(IcoLayer::png).containsExactly(false, false, false, false, false, true);
        for (IcoLayer layer : layers) {
            assertThat(layer.height()).isEqualTo(layer.width());
            assertThat(layer.bitCount()).isEqualTo(32);
            assertThat(layer.image().getWidth()).isEqualTo(layer.width());
            assertThat(layer.image().getHeight()).isEqualTo(layer.width());
            assertAlphaKept(layer.image());
            assertNoDarkHalo(layer.image());
        }
    }

    @Test
    void icnsHasEveryPngTypeAtItsSize() throws IOException {
        byte[] file = Files.readAllBytes(out.resolve("icon.icns"));
        List<IcnsEntry> entries = IconFiles.readIcns(file);

        Map<String, Integer> expected = Map.ofEntries(Map.entry("icp4", 16), Map.entry("icp5", 32),
                Map.entry("icp6", 64), Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic09", 512),
                Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64), Map.entry("ic13", 256),
                Map.entry("ic14", 512));
        assertThat(entries).extracting(IcnsEntry::type).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (IcnsEntry entry : entries) {
            int size = expected.get(entry.type());
            assertThat(entry.image().getWidth()).as(entry.type()).isEqualTo(size);
            assertThat(entry.image().getHeight()).as(entry.type()).isEqualTo(size);
            assertThat(IconFiles.pngDepthAndColourType(entry.png())).as(entry.type()).containsExactly(8, 6);
            assertAlphaKept(entry.image());
        }
    }

    @ParameterizedTest
    @CsvSource({"32x32.png", "128x128.png", "128x128@2x.png", "icon.png"})
    void edgesKeepTheSourceColourWithoutADarkHalo(String name) throws IOException {
        assertNoDarkHalo(ImageIO.read(out.resolve(name).toFile()));
    }

    @Test
    void theSourceSizeIsKeptPixelForPixel() throws IOException {
        BufferedImage source = TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB);
        BufferedImage ic10 = IconFiles.readIcns(Files.readAllBytes(out.resolve("icon.icns"))).stream()
                .filter(e -> e.type().equals("ic10")).findFirst().orElseThrow().image();
        for (int i = 0; i < 1024; i += 7) {
            assertThat(ic10.getRGB(i, i)).as("pixel %d,%d", i, i).isEqualTo(source.getRGB(i, i));
        }
    }

    @Test
    void aFailedRunLeavesEarlierOutputsUntouched(@TempDir Path dir) throws IOException {
        Path source = TestIcons.write(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), dir.resolve("icon-src.png"));
        Path output = dir.resolve("icons");
        Files.createDirectories(output.resolve("icon.ico"));
        Files.writeString(output.resolve("32x32.png"), "the previous icon");

        assertThatThrownBy(() -> IconSet.generate(source, output))
                .isInstanceOf(IconException.class)
                .hasMessageStartingWith(output.resolve("icon.ico") + " is a folder")
                .hasMessageContaining("Fix: remove or rename that folder");

        assertThat(Files.readString(output.resolve("32x32.png"))).isEqualTo("the previous icon");
        try (var listing = Files.list(output)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("icon.ico", "32x32.png");
        }
    }

    @Test
    void aSecondRunReplacesTheOutputs(@TempDir Path dir) throws IOException {
        Path source = TestIcons.write(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), dir.resolve("icon-src.png"));
        Files.createDirectories(dir.resolve("icons"));
        Files.writeString(dir.resolve("icons/icon.png"), "stale");

        IconSet.generate(source, dir.resolve("icons"));

        assertThat(ImageIO.read(dir.resolve("icons/icon.png").toFile()).getWidth()).isEqualTo(512);
    }

    /** Transparent corners, an opaque centre and soft, partly transparent edges. */
    static void assertAlphaKept(BufferedImage image) {
        int size = image.getWidth();
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre alpha").isEqualTo(255);
        boolean partial = false;
        for (int x = 0; x < size / 2 && !partial; x++) {
            int alpha = image.getRGB(x, size / 2) >>> 24;
            partial = alpha > 0 && alpha < 255;
        }
        assertThat(partial).as("an anti-aliased edge on the middle row").isTrue();
    }

    /**
     * Every partly transparent pixel lies on the circle's rim, so it must have the circle's colour: a
     * resampler that averaged straight alpha would have darkened it towards the transparent black around.
     */
    static void assertNoDarkHalo(BufferedImage image) {
        int edges = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha > 0 && alpha < 255) {
                    edges++;
                    assertThat(new int[] {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF})
                            .as("colour at %d,%d (alpha %d) in a %d px image", x, y, alpha, image.getWidth())
                            .satisfies(rgb -> {
                                assertThat(rgb[0]).isCloseTo(TestIcons.CIRCLE.getRed(), offset(2));
                                assertThat(rgb[1]).isCloseTo(TestIcons.CIRCLE.getGreen(), offset(2));
                                assertThat(rgb[2]).isCloseTo(TestIcons.CIRCLE.getBlue(), offset(2));
                            });
                }
            }
        }
        assertThat(edges).as("edge pixels checked").isPositive();
    }
}
