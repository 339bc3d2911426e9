package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** tauri:dev's javac gets the processor path and processors maven-compiler-plugin is configured with. */
class ProcessorPathTest {

    private final List<ProcessorPath.Coordinates> asked = new ArrayList<>();

    private MavenProject project(String configuration) throws Exception {
        Model model = new Model();
        model.setBuild(new Build());
        Plugin compiler = new Plugin();
        compiler.setGroupId("org.apache.maven.plugins");
        compiler.setArtifactId("maven-compiler-plugin");
        compiler.setConfiguration(Xpp3DomBuilder.build(new java.io.StringReader(configuration)));
        model.getBuild().addPlugin(compiler);
        Dependency managed = new Dependency();
        managed.setGroupId("dev.tauri4j");
        managed.setArtifactId("tauri-processor");
        managed.setVersion("0.1.0");
        model.setDependencyManagement(new DependencyManagement());
        model.getDependencyManagement().addDependency(managed);
        return new MavenProject(model);
    }

    private List<Path> resolve(ProcessorPath.Coordinates c) {
        asked.add(c);
        return List.of(Path.of("/repo/" + c.artifactId() + "-" + c.version() + ".jar"), Path.of("/repo/shared-dep.jar"));
    }

    @Test
    void pathsResolveToAProcessorPathAndAManagedVersionIsFilledIn() throws Exception {
        MavenProject project = project("""
                <configuration><annotationProcessorPaths>
                  <path><groupId>dev.tauri4j</groupId><artifactId>tauri-processor</artifactId></path>
                  <path><groupId>io.avaje</groupId><artifactId>avaje-inject-generator</artifactId><version>11.0</version></path>
                </annotationProcessorPaths>
                <annotationProcessors><annotationProcessor>dev.tauri4j.processor.CommandProcessor</annotationProcessor></annotationProcessors>
                </configuration>""");
        assertThat(ProcessorPath.options(project, this::resolve)).containsExactly("-processorpath",
                String.join(File.pathSeparator, "/repo/tauri-processor-0.1.0.jar", "/repo/shared-dep.jar",
                        "/repo/avaje-inject-generator-11.0.jar"),
                "-processor", "dev.tauri4j.processor.CommandProcessor");
        assertThat(asked).containsExactly(new ProcessorPath.Coordinates("dev.tauri4j", "tauri-processor", "0.1.0", null, "jar"),
                new ProcessorPath.Coordinates("io.avaje", "avaje-inject-generator", "11.0", null, "jar"));
    }

    @Test
    void withoutProcessorConfigurationThereAreNoOptions() throws Exception {
        assertThat(ProcessorPath.options(project("<configuration><release>25</release></configuration>"), this::resolve)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aPathWithoutAnyVersionSaysHowToFixIt() throws Exception {
        MavenProject project = project("""
                <configuration><annotationProcessorPaths>
                  <path><groupId>org.acme</groupId><artifactId>gen</artifactId></path>
                </annotationProcessorPaths></configuration>""");
        assertThatThrownBy(() -> ProcessorPath.options(project, this::resolve))
                .hasMessageContaining("org.acme:gen has no version").hasMessageContaining("<dependencyManagement>");
    }
}
