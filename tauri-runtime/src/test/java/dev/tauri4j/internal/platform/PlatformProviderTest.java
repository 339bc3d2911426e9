package dev.tauri4j.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing the platform among the providers found, and what the user reads when none fits. */
class PlatformProviderTest {

    /** A provider that says what it is told; create() hands out a marker platform. */
    record Stub(String supports, boolean supportsCurrentOs, String currentOs) implements PlatformProvider {
        @Override
        public WebviewPlatform create() {
            throw new ChosenException(supports);
        }
    }

    static final class ChosenException extends RuntimeException {
        ChosenException(String name) {
            super(name);
        }
    }

    @Test
    void theProviderThatSupportsThisOsIsChosen() {
        assertThatThrownBy(() -> PlatformProvider.select(List.of(new Stub("macOS (WKWebView)", false, "Plan 9 4"),
                new Stub("Plan 9 (rio)", true, "Plan 9 4")))).isInstanceOf(ChosenException.class).hasMessage("Plan 9 (rio)");
    }

    @Test
    void whenNoneDoesTheErrorNamesTheOsAndWhatIsSupported() {
        assertThatThrownBy(() -> PlatformProvider.select(List.of(new Stub("Linux (GTK 3 + WebKitGTK 4.1)", false, "Windows 11 10.0"))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("no platform for Windows 11 10.0")
                .hasMessageContaining("it runs on Linux (GTK 3 + WebKitGTK 4.1) today");
    }

    @Test
    void withoutProvidersTheErrorNamesTheServiceFile() {
        assertThatThrownBy(() -> PlatformProvider.select(List.of()))
                .hasMessageContaining("META-INF/services/dev.tauri4j.internal.platform.PlatformProvider");
    }

    @Test
    void twoProvidersForOneOsAreAnError() {
        assertThatThrownBy(() -> PlatformProvider.select(List.of(new Stub("A", true, "X"), new Stub("B", true, "X"))))
                .hasMessageContaining("several platforms").hasMessageContaining("[A, B]");
    }

    @Test
    void resizeDirectionsHaveTauriNames() {
        assertThat(ResizeDirection.of("NorthWest")).contains(ResizeDirection.NORTH_WEST);
        assertThat(ResizeDirection.of("SouthEast")).contains(ResizeDirection.SOUTH_EAST);
        assertThat(ResizeDirection.of("Up")).isEmpty();
        assertThat(ResizeDirection.values()).extracting(ResizeDirection::tauriName)
                .containsExactlyInAnyOrder("East", "North", "NorthEast", "NorthWest", "South", "SouthEast", "SouthWest", "West");
    }
}
