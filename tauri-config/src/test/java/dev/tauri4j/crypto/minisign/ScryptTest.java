package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 7914, sections 8, 11 and 12. */
class ScryptTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void salsa20x8Core() {
        byte[] in = HEX.parseHex("7e879a214f3ec9867ca940e641718f26baee555b8c61c1b50df846116dcd3b1d"
                + "ee24f319df9b3d8514121e4b5ac5aa3276021d2909c74829edebc68db8b8c25e");
        int[] words = new int[16];
        for (int i = 0; i < 16; i++) {
            words[i] = MinisignText.le32(in, 4 * i);
        }
        Scrypt.salsa20x8(words, 0);
        byte[] out = new byte[64];
        for (int i = 0; i < 16; i++) {
            MinisignText.putLe32(out, 4 * i, words[i]);
        }
        assertThat(HEX.formatHex(out)).isEqualTo("a41f859c6608cc993b81cacb020cef05044b2181a2fd337dfd7b1c6396682f29"
                + "b4393168e3c9e6bcfe6bc5b7a06d96bae424cc102c91745c24ad673dc7618f81");
    }

    @Test
    void pbkdf2HmacSha256() {
        assertThat(HEX.formatHex(Scrypt.pbkdf2HmacSha256(ascii("passwd"), ascii("salt"), 1, 64))).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertThat(HEX.formatHex(Scrypt.pbkdf2HmacSha256(ascii("Password"), ascii("NaCl"), 80000, 64))).isEqualTo(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @Test
    void emptyPasswordAndSalt() {
        assertThat(HEX.formatHex(Scrypt.derive(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(
                "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    }

    @Test
    void parallelisation() {
        assertThat(HEX.formatHex(Scrypt.derive(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64))).isEqualTo(
                "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }

    @Test
    void n16384() {
        assertThat(HEX.formatHex(Scrypt.derive(ascii("pleaseletmein"), ascii("SodiumChloride"), 16384, 8, 1, 64)))
                .isEqualTo("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                        + "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    }

    /** N = 2^20, r = 8, p = 1 is exactly what minisign's default cost maps to: 1 GiB, a few seconds. */
    @Test
    void n1048576IsMinisignsDefaultCost() {
        assertThat(HEX.formatHex(Scrypt.derive(ascii("pleaseletmein"), ascii("SodiumChloride"), 1048576, 8, 1, 64)))
                .isEqualTo("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                        + "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4");
    }

    @Test
    void rejectsParametersOutsideTheRfc() {
        assertThatThrownBy(() -> Scrypt.derive(new byte[0], new byte[0], 1000, 8, 1, 64))
                .hasMessageContaining("power of two");
        assertThatThrownBy(() -> Scrypt.derive(new byte[0], new byte[0], 1L << 40, 8, 1, 64))
                .hasMessageContaining("more than one Java array");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(US_ASCII);
    }
}
