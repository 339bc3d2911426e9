package dev.tauri4j.plugins.globalshortcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** Registration rules (once per app, Tauri's partial failure, a Registration releasing only its own) over recorded grabs. */
class GlobalShortcutTest {

    /** Records grabs; refuses the shortcuts in {@code heldElsewhere} as another X client holding them would. */
    static final class RecordingGrabs implements KeyGrabs {
        final List<String> calls = new ArrayList<>();
        final List<Shortcut> heldElsewhere = new ArrayList<>();
        KeyGrabs.Events events;

        @Override
        public void grab(Shortcut shortcut) {
            if (heldElsewhere.contains(shortcut)) throw ShortcutException.alreadyRegistered(shortcut, " (another application)");
            calls.add("grab " + shortcut);
        }

        @Override
        public void ungrab(Shortcut shortcut) {
            calls.add("ungrab " + shortcut);
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    private final RecordingGrabs grabs = new RecordingGrabs();
    private final GlobalShortcut shortcuts = new GlobalShortcut(events -> {
        grabs.events = events;
        return grabs;
    });

    @Test
    void aShortcutIsRegisteredOnceUntilUnregistered() {
        shortcuts.register("CmdOrCtrl+Shift+K", e -> {});
        assertThat(shortcuts.isRegistered("control+shift+KeyK")).isTrue();
        assertThatThrownBy(() -> shortcuts.register("Ctrl+Shift+K", e -> {}))
                .isInstanceOfSatisfying(ShortcutException.class, e -> assertThat(e.code()).isEqualTo(ShortcutException.ALREADY_REGISTERED))
                .hasMessageStartingWith("HotKey already registered: HotKey { mods: Modifiers(CONTROL | SHIFT), key: KeyK");
        shortcuts.unregister("Ctrl+Shift+K", "Alt+F4");
        assertThat(shortcuts.isRegistered("Ctrl+Shift+K")).isFalse();
        assertThat(grabs.calls).containsExactly("grab shift+control+KeyK", "ungrab shift+control+KeyK");
    }

    @Test
    void aFailureStopsTheListThereAndKeepsTheOnesBeforeItAsTauriDoes() {
        grabs.heldElsewhere.add(Shortcut.parse("Alt+B"));
        assertThatThrownBy(() -> shortcuts.register(Shortcut.parseAll(List.of("Alt+A", "Alt+B", "Alt+C")), e -> {}))
                .hasMessageContaining("another application");
        assertThat(shortcuts.registered()).containsExactly(Shortcut.parse("Alt+A"));
        shortcuts.unregisterAll();
        assertThat(shortcuts.registered()).isEmpty();
        assertThat(grabs.calls).containsExactly("grab alt+KeyA", "ungrab alt+KeyA");
    }

    @Test
    void aRegistrationReleasesItsOwnShortcutsNotOnesRegisteredAgainSince() {
        Registration first = shortcuts.register("Alt+A", e -> {});
        first.close();
        Registration second = shortcuts.register("Alt+A", e -> {});
        first.close();
        assertThat(first.isActive()).isFalse();
        assertThat(second.isActive()).isTrue();
        assertThat(shortcuts.isRegistered("Alt+A")).isTrue();
        second.unregister();
        assertThat(shortcuts.isRegistered("Alt+A")).isFalse();
    }

    @Test
    void eventsReachTheListenerOfTheirShortcutInOrder() throws Exception {
        BlockingQueue<ShortcutEvent> seen = new LinkedBlockingQueue<>();
        shortcuts.register("Super+Space", seen::add);
        shortcuts.register("Alt+A", e -> seen.add(new ShortcutEvent(Shortcut.parse("F1"), e.state())));
        grabs.events.on(Shortcut.parse("Meta+Space"), ShortcutEvent.State.Pressed);
        grabs.events.on(Shortcut.parse("F12"), ShortcutEvent.State.Pressed); // not registered: dropped
        grabs.events.on(Shortcut.parse("Super+Space"), ShortcutEvent.State.Released);
        ShortcutEvent pressed = seen.take();
        assertThat(pressed.isPressed()).isTrue();
        assertThat(pressed.toJs()).containsExactly(java.util.Map.entry("shortcut", "meta+Space"),
                java.util.Map.entry("id", (long) Shortcut.parse("Super+Space").id()), java.util.Map.entry("state", "Pressed"));
        assertThat(seen.take().state()).isEqualTo(ShortcutEvent.State.Released);
        assertThat(seen).isEmpty();
    }

    @Test
    void closeLetsTheGrabsGoAndLaterRegistrationsFail() {
        shortcuts.register("Alt+A", e -> {});
        shortcuts.close();
        assertThat(grabs.calls).endsWith("close");
        assertThatThrownBy(() -> shortcuts.register("Alt+B", e -> {})).hasMessageContaining("exiting");
    }

    @Test
    void aNullListenerNamesTheFix() {
        assertThatThrownBy(() -> shortcuts.register("Alt+A", null)).hasMessageContaining("'listener'").hasMessageContaining("Fix:");
    }
}
