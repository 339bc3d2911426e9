package dev.tauri4j.build.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies a frontend fixture from {@code src/test/resources/frontend/} into a fresh folder a test may change. */
public final class FixtureProject {

    /** npm settings that keep the fixture builds quiet and away from the registry. */
    public static final Map<String, String> QUIET_NPM = Map.of(
            "npm_config_audit", "false",
            "npm_config_fund", "false",
            "npm_config_update_notifier", "false");

    private FixtureProject() {
    }

    /** A copy of the fixture {@code name} inside {@code parent}. */
    public static Path copy(String name, Path parent) {
        URL url = FixtureProject.class.getResource("/frontend/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            Path source = Path.of(url.toURI());
            Path target = parent.resolve(name);
            List<Path> all;
            try (Stream<Path> walk = Files.walk(source)) {
                all = walk.toList();
            }
            for (Path p : all) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
