package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NativeGuardsTest {

    private static final AtomicInteger CALLS = new AtomicInteger();

    static int throwsInt(int x) {
        CALLS.incrementAndGet();
        throw new IllegalStateException("thrown inside an upcall");
    }

    static void throwsVoid(MemorySegment p) {
        CALLS.incrementAndGet();
        throw new Error("even an Error");
    }

    static int doubles(int x) {
        return 2 * x;
    }

    @Test
    void anExceptionInAnUpcallBecomesZeroInsteadOfKillingTheJvm() throws Throwable {
        MemorySegment stub = Native.upcall(NativeGuardsTest.class, "throwsInt", Native.INT, Native.INT);
        MethodHandle fromC = Linker.nativeLinker().downcallHandle(stub, FunctionDescriptor.of(Native.INT, Native.INT));
        int before = CALLS.get();
        assertThat((int) fromC.invokeExact(21)).isZero();
        assertThat(CALLS.get()).isEqualTo(before + 1);

        MemorySegment voidStub = Native.upcall(NativeGuardsTest.class, "throwsVoid", null, Native.PTR);
        Linker.nativeLinker().downcallHandle(voidStub, FunctionDescriptor.ofVoid(Native.PTR)).invokeExact(MemorySegment.NULL);
        assertThat(CALLS.get()).isEqualTo(before + 2);
    }

    @Test
    void aWorkingUpcallReturnsItsValue() throws Throwable {
        MemorySegment stub = Native.upcall(NativeGuardsTest.class, "doubles", Native.INT, Native.INT);
        MethodHandle fromC = Linker.nativeLinker().downcallHandle(stub, FunctionDescriptor.of(Native.INT, Native.INT));
        assertThat((int) fromC.invokeExact(21)).isEqualTo(42);
    }

    @Test
    void uiFunctionsRefuseOtherThreadsBeforeTouchingNativeCode() {
        // no UI thread was claimed in this JVM: every UI-only call must be refused, naming the function
        assertThatThrownBy(() -> Gtk.gtk_window_new.h())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gtk_window_new")
                .hasMessageContaining("UI thread");
    }

    @Test
    void versionsBecomeThreeNumbersForWebDriver() {
        assertThat(LinuxPlatform.versionParts("1.2.3")).containsExactly(1, 2, 3);
        assertThat(LinuxPlatform.versionParts("0.1.0-SNAPSHOT")).containsExactly(0, 1, 0);
        assertThat(LinuxPlatform.versionParts("7")).containsExactly(7, 0, 0);
        assertThat(LinuxPlatform.versionParts(null)).containsExactly(0, 0, 0);
    }
}
