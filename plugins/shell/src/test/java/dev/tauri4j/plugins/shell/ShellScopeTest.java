package dev.tauri4j.plugins.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tauri's shell scope rules: name to cmd, args true/false/list, validators matched whole, deny wins. */
class ShellScopeTest {

    private static ScopeEntry entry(String name, String cmd, ScopeValue args) {
        Map<String, ScopeValue> f = new LinkedHashMap<>();
        f.put("name", new ScopeValue.Str(name));
        f.put("cmd", new ScopeValue.Str(cmd));
        if (args != null) f.put("args", args);
        return new ScopeEntry(new ScopeValue.Obj(f), "capabilities/default.json", "permissions[0].allow[0]");
    }

    /** A validator item of a list. */
    private record V(String regex) {}

    private static ScopeValue list(Object... items) {
        return new ScopeValue.Arr(java.util.Arrays.stream(items).map(i -> i instanceof String s ? (ScopeValue) new ScopeValue.Str(s)
                : new ScopeValue.Obj(Map.of("validator", new ScopeValue.Str(((V) i).regex())))).toList());
    }

    private static ShellScope allow(ScopeEntry... entries) {
        return new ShellScope(new ScopeEntries(List.of(entries), List.of()));
    }

    @Test
    void theNameResolvesToTheCmdAndAFixedArgIsUsedAsWritten() {
        ShellScope scope = allow(entry("echo-hi", "/bin/echo", list("hi", new V("\\w+"))));
        assertThat(scope.prepare("echo-hi", List.of("hi", "ann"))).isEqualTo(new ShellScope.Prepared("/bin/echo", List.of("hi", "ann")));
        assertThatThrownBy(() -> scope.prepare("echo-hi", List.of("bye", "ann"))).hasMessageContaining("position 0 must be hi but it was bye");
    }

    @Test
    void aValidatorMustMatchTheWholeArgument() {
        ShellScope scope = allow(entry("echo-hi", "/bin/echo", list(new V("\\w+"))));
        assertThat(scope.prepare("echo-hi", List.of("ann")).args()).containsExactly("ann");
        assertThatThrownBy(() -> scope.prepare("echo-hi", List.of("ann; rm -rf /")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("program not allowed on the configured shell scope: echo-hi")
                .hasMessageContaining("Scoped command argument at position 0 was found, but failed regex validation \\w+");
        assertThatThrownBy(() -> scope.prepare("echo-hi", List.of()))
                .hasMessageContaining("Scoped command argument at position 0 must match regex validation \\w+ but it was not found");
        assertThatThrownBy(() -> scope.prepare("echo-hi", List.of("a", "b"))).hasMessageContaining("received 2 arguments");
    }

    @Test
    void argsTrueAllowsAnyAndFalseOrAbsentAllowsNone() {
        assertThat(allow(entry("any", "/bin/echo", new ScopeValue.Bool(true))).prepare("any", List.of("-n", "x")).args()).containsExactly("-n", "x");
        for (ScopeValue none : new ScopeValue[] {new ScopeValue.Bool(false), null}) {
            ShellScope scope = allow(entry("none", "/bin/echo", none));
            assertThat(scope.prepare("none", List.of()).args()).isEmpty();
            assertThatThrownBy(() -> scope.prepare("none", List.of("x"))).hasMessageContaining("unexpected format");
        }
    }

    @Test
    void aProgramWithoutAnEntryOrWithADenyEntryIsRefused() {
        ScopeEntry echo = entry("echo", "/bin/echo", new ScopeValue.Bool(true));
        assertThatThrownBy(() -> allow(echo).prepare("/bin/echo", List.of()))
                .hasMessageContaining("program not allowed on the configured shell scope: /bin/echo").hasMessageContaining("shell:allow-execute");
        ShellScope denied = new ShellScope(new ScopeEntries(List.of(echo), List.of(entry("echo", "/bin/echo", null))));
        assertThatThrownBy(() -> denied.prepare("echo", List.of())).hasMessageContaining("a deny entry names it");
    }

    @Test
    void aLaterEntryWithTheSameNameCanAllowWhatAnEarlierRefuses() {
        ShellScope scope = allow(entry("ls", "/bin/ls", list("-l")), entry("ls", "/bin/ls", list(new V("/tmp/\\w+"))));
        assertThat(scope.prepare("ls", List.of("/tmp/x")).args()).containsExactly("/tmp/x");
    }

    private static ScopeEntry sidecar(String name, ScopeValue args) {
        Map<String, ScopeValue> f = new LinkedHashMap<>();
        f.put("name", new ScopeValue.Str(name));
        f.put("sidecar", new ScopeValue.Bool(true));
        if (args != null) f.put("args", args);
        return new ScopeEntry(new ScopeValue.Obj(f), "capabilities/default.json", "permissions[0].allow[1]");
    }

    @Test
    void aSidecarEntryNeedsNoCmdAndValidatesItsArgsAsAnyOther() {
        ShellScope scope = allow(sidecar("binaries/tool", list("--name", new V("\\w+"))));
        assertThat(scope.prepareSidecar("binaries/tool", List.of("--name", "ann"))).isEqualTo(new ShellScope.Prepared(null, List.of("--name", "ann")));
        assertThatThrownBy(() -> scope.prepareSidecar("binaries/tool", List.of("--name", "a b")))
                .hasMessageStartingWith("Scoped command argument at position 1 was found, but failed regex validation \\w+")
                .hasMessageContaining("\"sidecar\": true").hasMessageContaining("shell:allow-execute");
    }

    @Test
    void aSidecarWithoutAnEntryGetsTaurisNotFoundAndTheEntryToAdd() {
        ShellScope scope = allow(entry("echo", "/bin/echo", null));
        assertThatThrownBy(() -> scope.prepareSidecar("binaries/tool", List.of())).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("Scoped command binaries/tool not found")
                .hasMessageContaining("Fix: add {\"name\": \"binaries/tool\", \"sidecar\": true, \"args\": ...} to the \"allow\" list of shell:allow-execute or shell:allow-spawn");
        ShellScope denied = new ShellScope(new ScopeEntries(List.of(sidecar("binaries/tool", null)), List.of(sidecar("binaries/tool", null))));
        assertThatThrownBy(() -> denied.prepareSidecar("binaries/tool", List.of())).hasMessageContaining("a deny entry names it");
    }

    @Test
    void theSidecarFlagMustMatchTheCall() {
        ShellScope scope = allow(sidecar("binaries/tool", null), entry("echo", "/bin/echo", null));
        assertThatThrownBy(() -> scope.prepare("binaries/tool", List.of()))
                .hasMessageContaining("program not allowed on the configured shell scope: binaries/tool")
                .hasMessageContaining("The scoped command was called with the improper sidecar flag set").hasMessageContaining("call Command.sidecar");
        assertThatThrownBy(() -> scope.prepareSidecar("echo", List.of()))
                .hasMessageStartingWith("The scoped command was called with the improper sidecar flag set").hasMessageContaining("call Command.create");
    }
}
