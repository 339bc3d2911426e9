package dev.tauri4j.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * maven-compiler-plugin's {@code annotationProcessorPaths} and {@code annotationProcessors} as javac options, so
 * that tauri:dev's recompiles run the same processors as the build (tauri4j's {@code @Command} processor among
 * them: since JDK 23 javac runs none unless told).
 */
final class ProcessorPath {

    /** One {@code <path>} entry; {@code version} is filled from dependencyManagement when omitted. */
    record Coordinates(String groupId, String artifactId, String version, String classifier, String type) {}

    /** Resolves one entry with its runtime dependencies to files. */
    @FunctionalInterface
    interface Resolver {
        List<Path> resolve(Coordinates coordinates) throws Exception;
    }

    private ProcessorPath() {}

    /** {@code -processorpath ...} and {@code -processor ...} as the compiler plugin configures them; empty when it does not. */
    static List<String> options(MavenProject project, Resolver resolver) throws Exception {
        Xpp3Dom paths = null;
        Xpp3Dom processors = null;
        Plugin plugin = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (plugin != null) {
            List<Xpp3Dom> configs = new ArrayList<>();
            configs.add((Xpp3Dom) plugin.getConfiguration());
            PluginExecution execution = plugin.getExecutionsAsMap().get("default-compile");
            if (execution != null) configs.add((Xpp3Dom) execution.getConfiguration());
            for (Xpp3Dom config : configs) {
                if (config == null) continue;
                if (config.getChild("annotationProcessorPaths") != null) paths = config.getChild("annotationProcessorPaths");
                if (config.getChild("annotationProcessors") != null) processors = config.getChild("annotationProcessors");
            }
        }
        List<String> options = new ArrayList<>();
        if (paths != null && paths.getChildCount() > 0) {
            List<String> files = new ArrayList<>();
            for (Xpp3Dom path : paths.getChildren()) {
                for (Path file : resolver.resolve(coordinates(project, path))) {
                    if (!files.contains(file.toString())) files.add(file.toString());
                }
            }
            options.addAll(List.of("-processorpath", String.join(File.pathSeparator, files)));
        }
        if (processors != null && processors.getChildCount() > 0) {
            List<String> names = new ArrayList<>();
            for (Xpp3Dom p : processors.getChildren()) if (p.getValue() != null) names.add(p.getValue().strip());
            options.addAll(List.of("-processor", String.join(",", names)));
        }
        return options;
    }

    static Coordinates coordinates(MavenProject project, Xpp3Dom path) {
        String groupId = value(path, "groupId");
        String artifactId = value(path, "artifactId");
        if (groupId == null || artifactId == null) {
            throw new MojoErrors.GoalException("an <annotationProcessorPaths> entry of maven-compiler-plugin lacks"
                    + " <groupId> or <artifactId>. Fix: give both");
        }
        String version = value(path, "version");
        if (version == null && project.getDependencyManagement() != null) {
            for (Dependency d : project.getDependencyManagement().getDependencies()) {
                if (d.getGroupId().equals(groupId) && d.getArtifactId().equals(artifactId)) version = d.getVersion();
            }
        }
        if (version == null) {
            throw new MojoErrors.GoalException("the annotation processor " + groupId + ":" + artifactId + " has no"
                    + " version. Fix: add <version> to its <path> in maven-compiler-plugin, or manage it in <dependencyManagement>");
        }
        String type = value(path, "type");
        return new Coordinates(groupId, artifactId, version, value(path, "classifier"), type == null ? "jar" : type);
    }

    private static String value(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent.getChild(name);
        return child == null || child.getValue() == null || child.getValue().isBlank() ? null : child.getValue().strip();
    }
}
