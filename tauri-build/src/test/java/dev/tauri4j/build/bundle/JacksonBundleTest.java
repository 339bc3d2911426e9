package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An app with Jackson on its classpath runs on a java.base-only runtime, through both launchers. */
class JacksonBundleTest {

    private static final String EXPECTED =
            "{\"name\":\"p\",\"n\":1,\"tags\":[\"a\"]} true [1,2.5,true,null] {d=2020-01-01} 1577836800000\n";

    @TempDir
    Path dir;

    @Test
    void jacksonAppRunsWithoutJavaSqlOrJavaDesktop() {
        List<Path> jackson = Fixtures.jacksonJars();
        Path jar = Fixtures.jar(dir, "jx", "jx.Jx", Fixtures.JACKSON, jackson);
        BundleRequest request = BundleRequest.builder().appJar(jar).dependencyJars(jackson).mainClass("jx.Jx")
                .productName("Jx").version("1.0.0").identifier("dev.tauri4j.test.jx")
                .targets(BundleTarget.APP_IMAGE, BundleTarget.DEB)
                .cdsArchive(false)
                .outputDir(dir.resolve("bundle")).workDir(dir.resolve("work")).build();

        BundleResult result = new BundleRunner(Fixtures.printingLog()).run(request);

        assertThat(result.modules()).containsExactly("java.base");
        Path image = result.output(BundleTarget.APP_IMAGE).path();
        assertThat(image.resolve("lib/runtime/lib/server/classes.jsa")).doesNotExist();
        assertThat(Fixtures.run(image.resolve("bin/jx").toString())).isEqualTo(EXPECTED);
        // The build's classpath order, not jpackage's alphabetical one.
        assertThat(image.resolve("lib/app/jx.cfg")).content().contains("app.classpath=$APPDIR/jx.jar\n"
                + jackson.stream().map(j -> "app.classpath=$APPDIR/" + j.getFileName() + "\n")
                        .collect(java.util.stream.Collectors.joining()));

        Path root = dir.resolve("x");
        Fixtures.run("dpkg-deb", "-x", result.output(BundleTarget.DEB).path().toString(), root.toString());
        assertThat(Fixtures.run(root.resolve("usr/bin/jx").toString())).isEqualTo(EXPECTED);
    }
}
