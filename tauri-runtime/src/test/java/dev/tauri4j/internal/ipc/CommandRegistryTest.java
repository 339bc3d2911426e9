package dev.tauri4j.internal.ipc;

import dev.tauri4j.CommandRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandRegistryTest {

    private final CommandRegistry registry = new CommandRegistry();

    @Test
    void findsCommandsByName() {
        registry.command("greet", (String name) -> name).handler("raw", call -> null);

        assertThat(registry.find("greet")).isPresent();
        assertThat(registry.find("raw")).isPresent();
        assertThat(registry.find("nope")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.names()).containsExactly("greet", "raw");
    }

    @Test
    void duplicateNamesFailAtRegistration() {
        registry.command("greet", (String name) -> name);

        assertThatThrownBy(() -> registry.handler("greet", call -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("command 'greet' is already registered; each name can have one command");
    }

    @Test
    void namesMustBeNonEmptyWithoutWhitespace() {
        assertThatThrownBy(() -> registry.command("", () -> 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> registry.command(null, () -> 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.command("two words", () -> 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whitespace");
        assertThatThrownBy(() -> registry.handler("tab\t", call -> 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pluginStyleNamesAreAllowed() {
        registry.handler("plugin:event|listen", call -> null);

        assertThat(registry.names()).containsExactly("plugin:event|listen");
    }

    @Test
    void registrationDoesNotInspectLambdas() {
        registry.command("greet", (String name) -> name);

        assertThat(((FnCommand) registry.find("greet").orElseThrow()).resolutions()).isZero();
    }
}
