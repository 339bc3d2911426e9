package dev.tauri4j.crypto.minisign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts on the kind of a {@link MinisignException}, which tells a wrong password from a forged file. */
final class MinisignAssertions {

    private MinisignAssertions() {
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable call, Kind kind) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(MinisignException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
