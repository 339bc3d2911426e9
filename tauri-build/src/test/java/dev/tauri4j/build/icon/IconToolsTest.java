package dev.tauri4j.build.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the generated files with independent tools: icoutils, icnsutils and file(1). */
class IconToolsTest {

    @TempDir
    static Path shared;
    static Path out;

    @BeforeAll
    static void generateOnce() throws IOException {
        Path source = TestIcons.write(TestIcons.circle(1024, BufferedImage.TYPE_INT_ARGB), shared.resolve("app-icon.png"));
        out = shared.resolve("icons");
        IconSet.generate(source, out);
    }

    @Test
    void icotoolListsSixThirtyTwoBitLayers() {
        String listing = run("icoutils", "icotool", "-l", out.resolve("icon.ico").toString());

        List<Integer> widths = new ArrayList<>();
        Matcher layer = Pattern.compile("--width=(\\d+) --height=(\\d+) --bit-depth=32").matcher(listing);
        while (layer.find()) {
            assertThat(layer.group(2)).isEqualTo(layer.group(1));
            widths.add(Integer.parseInt(layer.group(1)));
        }
        assertThat(widths).as(listing).containsExactly(16, 24, 32, 48, 64, 256);
    }

    @Test
    void icotoolExtractsEveryLayerWithItsAlpha() throws IOException {
        Path extracted = Files.createDirectories(shared.resolve("extracted"));
        run("icoutils", "icotool", "-x", "-o", extracted.toString(), out.resolve("icon.ico").toString());

        try (Stream<Path> files = Files.list(extracted)) {
            List<BufferedImage> layers = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                layers.add(ImageIO.read(file.toFile()));
            }
            assertThat(layers).extracting(BufferedImage::getWidth).containsExactlyInAnyOrder(16, 24, 32, 48, 64, 256);
            layers.forEach(IconSetTest::assertAlphaKept);
            layers.forEach(IconSetTest::assertNoDarkHalo);
        }
    }

    @Test
    void icns2pngListsEveryEntry() {
        // libicns 0.8.1 (Debian 12) predates icp4..icp6, ic07 and ic11..ic14: it lists them with
        // "0x0 0-bit" and prints "Unable to parse icon type" to stderr, but still finds them
        String listing = run("icnsutils", "icns2png", "-l", out.resolve("icon.icns").toString());

        for (String type : List.of("icp4", "icp5", "icp6", "ic07", "ic11", "ic12", "ic13", "ic14")) {
            assertThat(listing).contains("'" + type + "'");
        }
        assertThat(listing)
                .contains("'ic08' 256x256 32-bit icon")
                .contains("'ic09' 512x512 32-bit icon")
                .contains("'ic10' 1024x1024 32-bit icon")
                .contains("11 elements total found");
    }

    @Test
    void fileRecognisesEveryOutput() {
        assertThat(run("file", "file", "-b", out.resolve("icon.ico").toString()))
                .startsWith("MS Windows icon resource - 6 icons, 16x16, 32 bits/pixel");
        assertThat(run("file", "file", "-b", out.resolve("icon.icns").toString())).startsWith("Mac OS X icon");
        for (String png : List.of("32x32.png:32", "128x128.png:128", "128x128@2x.png:256", "icon.png:512")) {
            String[] nameAndSize = png.split(":");
            assertThat(run("file", "file", "-b", out.resolve(nameAndSize[0]).toString()))
                    .startsWith("PNG image data, " + nameAndSize[1] + " x " + nameAndSize[1] + ", 8-bit/color RGBA");
        }
    }

    /** Runs a tool and returns its output and errors; a missing tool fails the test with the command that installs it. */
    private static String run(String debianPackage, String tool, String... args) {
        if (!onPath(tool)) {
            fail(tool + " is not installed; it checks the generated icons independently. "
                    + "Install it with: apt-get install -y " + debianPackage);
        }
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 30 s");
            }
            assertThat(process.exitValue()).as(String.join(" ", command) + " printed:\n" + output).isZero();
            return output;
        } catch (IOException e) {
            return fail("cannot run " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + tool, e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
