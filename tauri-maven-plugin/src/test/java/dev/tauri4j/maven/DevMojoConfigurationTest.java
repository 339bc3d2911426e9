package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a pom and {@code -Dtauri.*} reach {@link DevMojo}, and which javac options it takes from maven-compiler-plugin. */
@MojoTest
class DevMojoConfigurationTest {

    private static final File BASEDIR = new File(MojoExtension.getBasedir());

    @Test
    @InjectMojo(goal = "dev")
    void defaults(DevMojo mojo) {
        // no default: the goal looks for tauri.conf.json in the project, then in src-tauri/ (ConfigFiles.locate)
        assertThat(mojo.config).isNull();
        assertThat(mojo.basedir).isEqualTo(BASEDIR);
        assertThat(mojo.frontendDir).isEqualTo(BASEDIR);
        assertThat(mojo.mainClass).isNull();
        assertThat(mojo.devUrlTimeout).isEqualTo(60);
        assertThat(mojo.noWatch).isFalse();
        assertThat(mojo.appJvmArgs).isNullOrEmpty();
        assertThat(mojo.automationPort).isZero();
    }

    @Test
    @InjectMojo(goal = "dev", pom = "classpath:dev-configured-pom.xml")
    void pomConfiguration(DevMojo mojo) {
        assertThat(mojo.config).isEqualTo(new File(BASEDIR, "app/tauri.conf.json"));
        assertThat(mojo.frontendDir).isEqualTo(new File(BASEDIR, "ui"));
        assertThat(mojo.mainClass).isEqualTo("com.example.App");
        assertThat(mojo.devUrlTimeout).isEqualTo(120);
        assertThat(mojo.noWatch).isTrue();
        assertThat(mojo.appJvmArgs).containsExactly("-Xmx256m");
        assertThat(mojo.environment).isEqualTo(Map.of("VITE_PORT", "1420"));
    }

    @Nested
    class FromUserProperties {

        @Inject
        MavenSession session;

        @BeforeEach
        void commandLine() {
            session.getUserProperties().setProperty("tauri.mainClass", "org.acme.Main");
            session.getUserProperties().setProperty("tauri.devUrlTimeout", "5");
            session.getUserProperties().setProperty("tauri.noWatch", "true");
            session.getUserProperties().setProperty("tauri.config", "desktop/tauri.conf.json");
            session.getUserProperties().setProperty("tauri.dev.automation", "45123");
        }

        @Test
        @InjectMojo(goal = "dev")
        void propertiesSetTheirParameters(DevMojo mojo) {
            assertThat(mojo.mainClass).isEqualTo("org.acme.Main");
            assertThat(mojo.devUrlTimeout).isEqualTo(5);
            assertThat(mojo.noWatch).isTrue();
            assertThat(mojo.config).isEqualTo(new File(BASEDIR, "desktop/tauri.conf.json"));
            assertThat(mojo.automationPort).isEqualTo(45123);
        }
    }

    @Test
    void javacOptionsComeFromTheCompilerPluginThenTheDefaultCompileExecution() throws Exception {
        Model model = new Model();
        model.setBuild(new org.apache.maven.model.Build());
        Plugin compiler = new Plugin();
        compiler.setGroupId("org.apache.maven.plugins");
        compiler.setArtifactId("maven-compiler-plugin");
        compiler.setConfiguration(dom("<configuration><release>21</release><parameters>true</parameters>"
                + "<compilerArgs><arg>-Xlint:all</arg></compilerArgs></configuration>"));
        PluginExecution execution = new PluginExecution();
        execution.setId("default-compile");
        execution.setConfiguration(dom("<configuration><release>25</release><proc>full</proc></configuration>"));
        compiler.addExecution(execution);
        model.getBuild().addPlugin(compiler);
        MavenProject project = new MavenProject(model);

        assertThat(DevMojo.compilerOptions(project))
                .containsExactly("--release", "25", "-parameters", "-g", "-proc:full", "-Xlint:all");
    }

    @Test
    void withoutPluginConfigurationThePropertiesCount() {
        Model model = new Model();
        model.setBuild(new org.apache.maven.model.Build());
        model.getProperties().setProperty("maven.compiler.release", "25");
        model.getProperties().setProperty("maven.compiler.debug", "false");
        assertThat(DevMojo.compilerOptions(new MavenProject(model))).isEqualTo(List.of("--release", "25"));
    }

    private static Xpp3Dom dom(String xml) throws Exception {
        return Xpp3DomBuilder.build(new java.io.StringReader(xml));
    }
}
