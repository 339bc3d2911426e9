package dev.tauri4j.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Blake2bTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rfc7693AppendixA() {
        assertThat(HEX.formatHex(Blake2b.hash(64, "abc".getBytes(US_ASCII)))).isEqualTo(
                "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    }

    @Test
    void emptyMessage() {
        assertThat(HEX.formatHex(Blake2b.hash(64, new byte[0]))).isEqualTo(
                "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                        + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce");
    }

    @Test
    void the256BitDigestMinisignUsesForKeyChecksumsIsItsOwnFunctionNotATruncation() {
        assertThat(HEX.formatHex(Blake2b.hash(32, "abc".getBytes(US_ASCII))))
                .isEqualTo("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
    }

    /** Lengths around the 128-byte block, where the last-block flag matters; expected values from Python's hashlib. */
    @ParameterizedTest
    @CsvSource({
        "1, 2fa3f686df876995167e7c2e5d74c4c7b6e48f8068fe0e44208344d480f7904c36963e44115fe3eb2a3ac8694c28bcb4f5a0f3276f2e79487d8219057a506e4b, 03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314",
        "127, b6292669ccd38d5f01caae96ba272c76a879a45743afa0725d83b9ebb26665b731f1848c52f11972b6644f554c064fa90780dbbbf3a89d4fc31f67df3e5857ef, f2fe67ff342e21b8f45e8f2e0bcd1d9243245d50ee6c78042e9c491388791c72",
        "128, 2319e3789c47e2daa5fe807f61bec2a1a6537fa03f19ff32e87eecbfd64b7e0e8ccff439ac333b040f19b0c4ddd11a61e24ac1fe0f10a039806c5dcc0da3d115, c3582f71ebb2be66fa5dd750f80baae97554f3b015663c8be377cfcb2488c1d1",
        "129, f59711d44a031d5f97a9413c065d1e614c417ede998590325f49bad2fd444d3e4418be19aec4e11449ac1a57207898bc57d76a1bcf3566292c20c683a5c4648f, f7f3c46ba2564ff4c4c162da1f5b605f9f1c4aa6a20652a9f9a337c1a2f5b9c9",
        "256, 93463ac058b6163eb43be3f5bb32b28541498f4e3366f1effe253ad44e1e076e41c3616046027c82a7124f8f4746668ad10b12e8e25a95ac8f3151df01cd5a93, 582f782226018ec33076bd8d1c42413530ac7e1126260ffc0f306ba3befc3f24",
        "257, 9ca40e2ddee9436dbbd08efc65dbaf4870059f5eb3d76efd20241ae5bf13c60f250b882ea5c564838257a3fc95c496819ace2c6490b55b268535208dfc31822c, 227e15ed64ee8e93eb7bc53828f76eed974f2c4ab1408c3d08f212b7f8d69904",
        "1000, c11e1c0340bd7e5a1b275f1230c962fad215ecb1391486e74e31b960a2f2996381a5fad092da06841d5f26e38f6ecfeaf441acbcd1c2de61aef121e7927175f5, b372d0608f720c8c3dd41e9c8eecb10143b41abe520b616607e754bf79c08331",
    })
    void blockBoundaries(int length, String digest512, String digest256) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i % 251);
        }
        assertThat(HEX.formatHex(Blake2b.hash(64, data))).isEqualTo(digest512);
        assertThat(HEX.formatHex(Blake2b.hash(32, data))).isEqualTo(digest256);
        for (int chunk : new int[] {1, 7, 128, 129}) {
            Blake2b streamed = new Blake2b(64);
            for (int at = 0; at < length; at += chunk) {
                streamed.update(data, at, Math.min(chunk, length - at));
            }
            assertThat(HEX.formatHex(streamed.digest())).as("in chunks of %d", chunk).isEqualTo(digest512);
        }
    }

    @Test
    void oneDigestPerInstance() {
        Blake2b hash = new Blake2b(64);
        hash.digest();
        assertThatThrownBy(hash::digest).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Blake2b(65)).isInstanceOf(IllegalArgumentException.class);
    }
}
