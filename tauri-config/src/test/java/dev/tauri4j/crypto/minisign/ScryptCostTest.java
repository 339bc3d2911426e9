package dev.tauri4j.crypto.minisign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScryptCostTest {

    @Test
    void minisignsDefaultIsOneGibibyte() {
        assertThat(ScryptCost.MINISIGN.parameters()).isEqualTo(new ScryptCost.Parameters(20, 8, 1));
    }

    @Test
    void rustMinisignsDefaultIs32Mebibytes() {
        assertThat(ScryptCost.RUST_MINISIGN.parameters()).isEqualTo(new ScryptCost.Parameters(15, 8, 1));
    }

    @Test
    void whenTheCpuBudgetIsTighterItPicksN() {
        // libsodium's "interactive" limits
        assertThat(new ScryptCost(524_288, 16_777_216).parameters()).isEqualTo(new ScryptCost.Parameters(14, 8, 1));
        // the example pynacl documents: opslimit 20000 (raised to 32768), memlimit 100 MiB -> N = 1024
        assertThat(ScryptCost.parameters(20_000, 100L << 20)).isEqualTo(new ScryptCost.Parameters(10, 8, 1));
    }

    @Test
    void leftoverCpuBudgetGoesToP() {
        assertThat(ScryptCost.parameters(4L * 33_554_432, 1L << 30)).isEqualTo(new ScryptCost.Parameters(20, 8, 4));
    }

    @Test
    void readersRefuseCostsBeyondWhatMinisignWrites() {
        assertThatThrownBy(() -> ScryptCost.parameters(1L << 40, 1L << 40))
                .isInstanceOf(MinisignException.class)
                .hasMessageContaining("beyond what minisign writes");
        assertThatThrownBy(() -> ScryptCost.parameters(-1L, -1L)).isInstanceOf(MinisignException.class);
    }

    @Test
    void writersStayAboveLibsodiumsMinimum() {
        assertThatThrownBy(() -> new ScryptCost(1000, 1 << 20)).hasMessageContaining("minimum");
    }
}
