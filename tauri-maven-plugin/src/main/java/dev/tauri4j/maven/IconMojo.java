package dev.tauri4j.maven;

import dev.tauri4j.build.icon.IconReport;
import dev.tauri4j.build.icon.IconSet;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tauri:icon}: from one square PNG (1024 px recommended), the icons Tauri makes for desktop apps:
 * 32x32.png, 128x128.png, 128x128@2x.png, icon.png (512), a multi-size icon.ico and an icon.icns.
 */
@Mojo(name = "icon", requiresProject = false, threadSafe = true)
public class IconMojo extends AbstractMojo {

    /** The source PNG, square, at least 512 px (Tauri's default name is app-icon.png). */
    @Parameter(property = "tauri.icon.source", defaultValue = "${basedir}/app-icon.png")
    File source;

    /** Where the icons are written (Tauri's layout: an icons folder next to tauri.conf.json). */
    @Parameter(property = "tauri.icon.output", defaultValue = "${basedir}/icons")
    File output;

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:icon", () -> {
            Path src = source.toPath();
            if (!source.isFile()) {
                throw new MojoErrors.GoalException("no icon source at " + src
                        + ". Fix: give a square PNG of 1024x1024 px with -Dtauri.icon.source=path/to/icon.png");
            }
            IconReport report = IconSet.generate(src, output.toPath());
            report.warnings().forEach(getLog()::warn);
            for (Path file : report.files()) getLog().info("wrote " + file);
        });
    }
}
