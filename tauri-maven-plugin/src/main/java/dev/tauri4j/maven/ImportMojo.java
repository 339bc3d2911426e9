package dev.tauri4j.maven;

import dev.tauri4j.build.importer.ImportRequest;
import dev.tauri4j.build.importer.TauriImport;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tauri:import}: makes a Tauri v2 project a tauri4j app in place. Writes the pom, Main and a {@code @Command}
 * stub per {@code #[tauri::command]} (with the Rust kept in a comment), records and enums for the serde types they
 * use, grants the commands the frontend invokes, and reports in TAURI-IMPORT.md what is left to do. Needs no pom;
 * files that exist are left as they are.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** The Tauri project: the folder with package.json and src-tauri/. */
    @Parameter(property = "tauri.import.from", defaultValue = "${basedir}")
    File from;

    /** The Java package of the generated classes; default: from the config's identifier. */
    @Parameter(property = "tauri.import.package")
    String javaPackage;

    /** The tauri4j version the pom depends on: this plugin's. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:import", () -> TauriImport.run(new ImportRequest(from.toPath(), pluginVersion,
                Optional.ofNullable(javaPackage).filter(p -> !p.isBlank())), new MavenBuildLog(getLog())));
    }
}
