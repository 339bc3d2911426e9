package dev.tauri4j.maven;

import dev.tauri4j.build.info.EnvironmentReport;
import dev.tauri4j.build.info.Host;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.rtinfo.RuntimeInformation;

/** {@code tauri:info}: what this machine has for building, bundling, running and testing tauri4j apps. */
@Mojo(name = "info", requiresProject = false, threadSafe = true)
public class InfoMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Component
    RuntimeInformation runtime;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:info", () -> {
            String maven = runtime == null ? null : runtime.getMavenVersion();
            EnvironmentReport report = EnvironmentReport.collect(Host.system(), maven);
            for (String line : report.render().split("\n")) getLog().info(line);
            if (!report.missingRequired().isEmpty()) {
                getLog().warn(report.missingRequired().size() + " required tool(s) missing: see the commands above");
            }
        });
    }
}
