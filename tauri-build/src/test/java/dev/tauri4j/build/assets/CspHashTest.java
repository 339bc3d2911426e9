package dev.tauri4j.build.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CspHashTest {

    @Test
    void matchesTheCspSpecificationExample() {
        // The example from the CSP Level 2/3 specification.
        assertThat(CspHash.of("alert('Hello, world.');"))
                .isEqualTo("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
    }

    @Test
    void matchesOpensslOnNonAsciiText() throws Exception {
        String script = "\n  document.title = \"Grüße — 你好 🚀\";\n";

        assertThat(CspHash.of(script)).isEqualTo("sha256-" + openssl(script));
    }

    static String openssl(String text) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "openssl dgst -sha256 -binary | base64").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).isZero();
        return out;
    }
}
