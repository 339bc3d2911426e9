package dev.tauri4j.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock microseconds: the one clock two processes share, for launch-to-event times across them. */
final class Clock {

    private Clock() {}

    static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
