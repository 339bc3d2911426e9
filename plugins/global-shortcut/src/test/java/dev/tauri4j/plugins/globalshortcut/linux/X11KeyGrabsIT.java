package dev.tauri4j.plugins.globalshortcut.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugins.globalshortcut.Shortcut;
import dev.tauri4j.plugins.globalshortcut.ShortcutEvent;
import dev.tauri4j.plugins.globalshortcut.ShortcutException;
import dev.tauri4j.test.VirtualDisplay;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Key grabs on a real Xvfb, with xdotool typing as a user would (XTEST): a grabbed shortcut reports its press and
 * release, also with NumLock on; a second client's grab of the same keys fails with a clear error (X's BadAccess)
 * and the process lives on; an ungrabbed shortcut reports nothing more.
 */
class X11KeyGrabsIT {

    private static VirtualDisplay display;
    private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startDisplay() {
        display = VirtualDisplay.startXvfb();
    }

    @AfterAll
    static void stopDisplay() {
        if (display != null) display.close();
    }

    @Test
    void aGrabbedShortcutReportsPressAndReleaseAlsoWithNumLockOn() throws Exception {
        try (X11KeyGrabs grabs = open()) {
            grabs.grab(Shortcut.parse("CmdOrCtrl+Shift+K"));
            xdotool("key", "ctrl+shift+k");
            assertThat(next()).isEqualTo("Pressed shift+control+KeyK");
            assertThat(next()).isEqualTo("Released shift+control+KeyK");

            xdotool("key", "k"); // without the modifiers: not the shortcut (and not grabbed)
            xdotool("key", "Num_Lock");
            try {
                xdotool("key", "ctrl+shift+k");
                assertThat(next()).isEqualTo("Pressed shift+control+KeyK");
                assertThat(next()).isEqualTo("Released shift+control+KeyK");
            } finally {
                xdotool("key", "Num_Lock");
            }
        }
    }

    @Test
    void aShortcutAnotherClientHoldsFailsClearlyAndTheProcessLivesOn() throws Exception {
        try (X11KeyGrabs first = open(); X11KeyGrabs second = open()) {
            first.grab(Shortcut.parse("Alt+F7"));
            assertThatThrownBy(() -> second.grab(Shortcut.parse("Option+F7")))
                    .isInstanceOfSatisfying(ShortcutException.class, e -> assertThat(e.code()).isEqualTo(ShortcutException.ALREADY_REGISTERED))
                    .hasMessageStartingWith("HotKey already registered: HotKey { mods: Modifiers(ALT), key: F7")
                    .hasMessageContaining("another application holds this key combination on X display " + display.name())
                    .hasMessageContaining("Fix:");
            // the second client's connection still works after the error
            second.grab(Shortcut.parse("Alt+F8"));
            assertThatThrownBy(() -> first.grab(Shortcut.parse("Alt+F7"))).hasMessageContaining("(by this app");
            xdotool("key", "alt+F7");
            assertThat(next()).isEqualTo("Pressed alt+F7");
            xdotool("key", "alt+F8");
            assertThat(next()).isEqualTo("Released alt+F7");
            assertThat(next()).isEqualTo("Pressed alt+F8");
        }
    }

    @Test
    void anUngrabbedShortcutReportsNothingMore() throws Exception {
        try (X11KeyGrabs grabs = open()) {
            grabs.grab(Shortcut.parse("Super+Digit1"));
            grabs.grab(Shortcut.parse("Super+Digit2"));
            grabs.ungrab(Shortcut.parse("Meta+1"));
            grabs.ungrab(Shortcut.parse("Meta+3")); // never grabbed: nothing
            xdotool("key", "super+1", "super+2");
            // X delivers in order: once 2's press is here, a press of 1 would have come before it
            assertThat(next()).isEqualTo("Pressed meta+Digit2");
            assertThat(next()).isEqualTo("Released meta+Digit2");
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void aKeyTheKeyboardMapLacksAndAMissingDisplayAreClearErrors() {
        try (X11KeyGrabs grabs = open()) {
            assertThatThrownBy(() -> grabs.grab(Shortcut.parse("Ctrl+Lang5"))).hasMessageContaining("Unknown scancode for key: Lang5");
        }
        assertThatThrownBy(() -> X11KeyGrabs.open(null, "wayland-0", (s, st) -> {}))
                .hasMessageContaining("GlobalShortcuts desktop portal").hasMessageContaining("not supported yet")
                .hasMessageContaining("WAYLAND_DISPLAY=wayland-0");
        assertThatThrownBy(() -> X11KeyGrabs.open(":999", null, (s, st) -> {})).hasMessageContaining("cannot open the X display :999");
    }

    private X11KeyGrabs open() {
        return X11KeyGrabs.open(display.name(), null, (shortcut, state) -> seen.add(state + " " + shortcut));
    }

    private String next() throws InterruptedException {
        String event = seen.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("a shortcut event within 10 s").isNotNull();
        return event;
    }

    private static void xdotool(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("xdotool")));
        pb.command().addAll(List.of(args));
        pb.environment().put("DISPLAY", display.name());
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("xdotool " + String.join(" ", args) + ": " + out).isZero();
    }
}
