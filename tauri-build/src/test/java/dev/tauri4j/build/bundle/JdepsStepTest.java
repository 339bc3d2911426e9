package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdepsStepTest {

    @TempDir
    Path dir;

    @Test
    void plainAppNeedsOnlyJavaBase() {
        Path jar = Fixtures.jar(dir, "hello", "hello.Hello", Fixtures.HELLO, List.of());

        JdepsStep.Modules modules = JdepsStep.run(request(jar, List.of()).build(), Fixtures.printingLog());

        assertThat(modules.addModules()).containsExactly("java.base");
        assertThat(modules.leftOut()).isEmpty();
    }

    @Test
    void jacksonsOptionalModulesStayOut() {
        List<Path> jackson = Fixtures.jacksonJars();
        Path jar = Fixtures.jar(dir, "jx", "jx.Jx", Fixtures.JACKSON, jackson);

        JdepsStep.Modules modules = JdepsStep.run(request(jar, jackson).build(), Fixtures.printingLog());

        // jackson-databind references java.sql (date types) and java.desktop (java.beans annotations) only
        // through classes it loads on demand, and says so with requires static.
        assertThat(modules.addModules()).containsExactly("java.base");
        assertThat(modules.leftOut()).containsKeys("java.sql", "java.desktop");
        assertThat(modules.leftOut().get("java.sql")).containsExactly("com.fasterxml.jackson.databind");
    }

    @Test
    void aModuleTheAppUsesItselfIsKept() {
        List<Path> jackson = Fixtures.jacksonJars();
        Path jar = Fixtures.jar(dir, "sq", "sq.Sq", Fixtures.SQL, List.of());

        JdepsStep.Modules modules = JdepsStep.run(request(jar, jackson).build(), Fixtures.printingLog());

        assertThat(modules.addModules()).containsExactly("java.sql");
        assertThat(modules.leftOut()).containsOnlyKeys("java.desktop");
    }

    @Test
    void aModularJarMissingItsRequiresFallsBackToClassPathAnalysis() {
        Path databind = Fixtures.jacksonJars().getFirst(); // without jackson-core and -annotations it cannot resolve
        Path jar = Fixtures.jar(dir, "hello", "hello.Hello", Fixtures.HELLO, List.of());
        List<String> warnings = new java.util.ArrayList<>();
        BuildLog log = new BuildLog() {
            public void info(String m) { }
            public void warn(String m) { warnings.add(m); }
            public void debug(String m) { }
        };

        JdepsStep.Modules modules = JdepsStep.run(request(jar, List.of(databind)).build(), log);

        assertThat(warnings).singleElement().asString().contains("requires static");
        // Class-path mode follows only what the app jar reaches, and hello reaches nothing of Jackson.
        assertThat(modules.addModules()).containsExactly("java.base");
    }

    @Test
    void addAndExcludeModules() {
        Path jar = Fixtures.jar(dir, "sq", "sq.Sq", Fixtures.SQL, List.of());

        JdepsStep.Modules modules = JdepsStep.run(request(jar, List.of())
                .addModules(List.of("jdk.localedata")).excludeModules(List.of("java.sql")).build(),
                Fixtures.printingLog());

        assertThat(modules.addModules()).containsExactly("jdk.localedata");
        assertThatThrownBy(() -> JdepsStep.run(request(jar, List.of()).addModules(List.of("java.sqll")).build(),
                Fixtures.printingLog())).isInstanceOf(BundleException.class).hasMessageContaining("java.sqll");
    }

    @Test
    void modulesOthersRequireAreNotListed() {
        assertThat(JdepsStep.withoutImplied(Set.of("java.base", "java.sql", "java.xml", "java.logging")))
                .containsExactly("java.sql");
        assertThat(JdepsStep.withoutImplied(Set.of("java.base"))).containsExactly("java.base");
    }

    private BundleRequest.Builder request(Path jar, List<Path> deps) {
        return BundleRequest.builder().appJar(jar).dependencyJars(deps).mainClass("x.X").version("1.0.0")
                .identifier("dev.tauri4j.test").outputDir(dir.resolve("out")).workDir(dir.resolve("work"));
    }
}
