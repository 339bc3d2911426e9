package dev.tauri4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link Tauri.Builder} finds generated {@link CommandRegistrar}s, and how an app turns that off. */
class RegistrarDiscoveryTest {

    /** What the registrars did, in order. */
    static final List<String> CALLS = new ArrayList<>();

    /** A registrar as the processor would generate it. */
    public static final class Listed implements CommandRegistrar {
        /** For ServiceLoader. */
        public Listed() {}

        @Override
        public void register(Tauri.Builder builder) {
            CALLS.add("listed");
            builder.handler("greet", call -> "Hello, " + call.arg("name", String.class));
        }
    }

    @TempDir
    Path dir;

    private final ClassLoader original = Thread.currentThread().getContextClassLoader();

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(original);
        CALLS.clear();
    }

    private void listInServices() throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(CommandRegistrar.class.getName()), "# generated\n" + Listed.class.getName() + "\n");
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {dir.toUri().toURL()}, original));
    }

    @Test
    void listedRegistrarsAreFoundOnceEvenWhenAlsoGivenByHand() throws Exception {
        listInServices();
        Tauri.Builder builder = Tauri.builder().commands(new Listed());
        builder.discoverRegistrars();
        assertThat(CALLS).containsExactly("listed");
    }

    @Test
    void aNameTakenByHandFailsWithTheWayOut() throws Exception {
        listInServices();
        Tauri.Builder builder = Tauri.builder().handler("greet", call -> "mine");
        assertThatThrownBy(builder::discoverRegistrars)
                .hasMessageContaining("cannot register the @Command methods of " + Listed.class.getName())
                .hasMessageContaining("command 'greet' is already registered")
                .hasMessageContaining("discoverCommands(false)");
    }
}
