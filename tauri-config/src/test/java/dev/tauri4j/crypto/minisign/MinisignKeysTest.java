package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.tauri4j.crypto.minisign.MinisignAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files written and read back by us; {@link MinisignInteropTest} checks them against minisign itself. */
class MinisignKeysTest {

    /** rust-minisign's (and Tauri's) cost keeps these tests fast; the interop test covers minisign's 1 GiB one. */
    private static final ScryptCost FAST = ScryptCost.RUST_MINISIGN;

    @TempDir
    Path dir;
    private Path pub;
    private Path sec;
    private MinisignKeyPair pair;

    @BeforeEach
    void generate() {
        pub = dir.resolve("test.pub");
        sec = dir.resolve("test.key");
        pair = MinisignKeyPair.generate();
    }

    @Test
    void publicKeyFileLooksLikeMinisigns() throws IOException {
        pair.publicKey().write(pub);
        var lines = Files.readAllLines(pub);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("untrusted comment: minisign public key " + pair.publicKey().keyIdHex());
        assertThat(pair.publicKey().keyIdHex()).matches("[0-9A-F]{16}");
        byte[] bytes = Base64.getDecoder().decode(lines.get(1));
        assertThat(bytes).hasSize(42);
        assertThat(new String(bytes, 0, 2, UTF_8)).isEqualTo("Ed");
        assertThat(MinisignText.le64(bytes, 2)).isEqualTo(pair.publicKey().keyId());
        assertThat(MinisignPublicKey.read(pub)).isEqualTo(pair.publicKey());
    }

    @Test
    void unencryptedRoundTrip() throws IOException {
        pair.write(pub, sec, null);
        assertThat(MinisignSecretKey.isEncrypted(sec)).isFalse();
        MinisignSecretKey read = MinisignSecretKey.read(sec, null);
        assertThat(read.publicKey()).isEqualTo(pair.publicKey());
        assertThat(Ed25519.seed(read.privateKey())).isEqualTo(Ed25519.seed(pair.secretKey().privateKey()));
        // A password given for an unencrypted key is not needed, and not an error.
        assertThat(MinisignSecretKey.read(sec, "ignored".toCharArray()).publicKey()).isEqualTo(pair.publicKey());
    }

    @Test
    void encryptedRoundTripAndWrongPassword() throws IOException {
        pair.write(pub, sec, "correct horse".toCharArray(), FAST);
        assertThat(MinisignSecretKey.isEncrypted(sec)).isTrue();
        assertThat(Files.readAllLines(sec).getFirst()).isEqualTo("untrusted comment: minisign encrypted secret key");
        assertThat(MinisignSecretKey.read(sec, "correct horse".toCharArray()).publicKey()).isEqualTo(pair.publicKey());

        assertFails(() -> MinisignSecretKey.read(sec, "wrong".toCharArray()), Kind.WRONG_PASSWORD)
                .hasMessage("wrong password for " + sec);
        assertFails(() -> MinisignSecretKey.read(sec, null), Kind.PASSWORD_REQUIRED)
                .hasMessageContaining(sec.toString());
    }

    @Test
    void theCostIsStoredInTheFileAndHonouredOnRead() throws IOException {
        pair.secretKey().write(sec, "pw".toCharArray(), new ScryptCost(524_288, 16_777_216));
        byte[] box = Base64.getDecoder().decode(Files.readAllLines(sec).get(1));
        assertThat(new String(box, 0, 6, UTF_8)).isEqualTo("EdScB2");
        assertThat(MinisignText.le64(box, 38)).isEqualTo(524_288);
        assertThat(MinisignText.le64(box, 46)).isEqualTo(16_777_216);
        assertThat(MinisignSecretKey.read(sec, "pw".toCharArray()).keyId()).isEqualTo(pair.publicKey().keyId());
    }

    @Test
    void anEmptyPasswordStillEncrypts() throws IOException {
        pair.secretKey().write(sec, new char[0], FAST);
        assertThat(MinisignSecretKey.isEncrypted(sec)).isTrue();
        assertThat(MinisignSecretKey.read(sec, new char[0]).keyId()).isEqualTo(pair.publicKey().keyId());
        assertFails(() -> MinisignSecretKey.read(sec, "x".toCharArray()), Kind.WRONG_PASSWORD);
    }

    @Test
    void nonAsciiPasswordsAreUtf8() throws IOException {
        pair.secretKey().write(sec, "pässwörd ✓".toCharArray(), FAST);
        assertThat(MinisignSecretKey.read(sec, "pässwörd ✓".toCharArray()).keyId())
                .isEqualTo(pair.publicKey().keyId());
    }

    @Test
    void secretKeyFileIsOwnerOnly() throws IOException {
        pair.write(pub, sec, null, FAST);
        if (sec.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sec))).isEqualTo("rw-------");
        }
    }

    @Test
    void neverOverwritesAKeyFile() throws IOException {
        Files.writeString(sec, "precious");
        assertThatThrownBy(() -> pair.write(pub, sec, null, FAST)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(sec)).isEqualTo("precious");
        assertThat(pub).doesNotExist();
    }

    @Test
    void readsTaurisBase64WrappedFiles() {
        // `tauri signer generate` writes, and TAURI_SIGNING_PRIVATE_KEY holds, base64 of minisign's text.
        String secretText = pair.secretKey().toText("pw".toCharArray(), FAST);
        String wrapped = Base64.getEncoder().encodeToString(secretText.getBytes(UTF_8));
        assertThat(MinisignSecretKey.parse(wrapped, "TAURI_SIGNING_PRIVATE_KEY", "pw".toCharArray()).keyId())
                .isEqualTo(pair.publicKey().keyId());
        String wrappedPublic = Base64.getEncoder().encodeToString(pair.publicKey().toText().getBytes(UTF_8));
        assertThat(MinisignPublicKey.parse(wrappedPublic, "pubkey")).isEqualTo(pair.publicKey());
        String lineWrapped = Base64.getMimeEncoder().encodeToString(secretText.getBytes(UTF_8));
        assertThat(lineWrapped).contains("\r\n");
        assertThat(MinisignSecretKey.parse(lineWrapped, "wrapped", "pw".toCharArray()).keyId())
                .isEqualTo(pair.publicKey().keyId());
    }

    @Test
    void readsTheBareKeyLineAndCrlf() {
        assertThat(MinisignPublicKey.parse(pair.publicKey().toBase64(), "-P")).isEqualTo(pair.publicKey());
        assertThat(MinisignPublicKey.parse(pair.publicKey().toText().replace("\n", "\r\n"), "crlf"))
                .isEqualTo(pair.publicKey());
    }

    @Test
    void minisignsZeroChecksumForUnencryptedKeysIsAcceptedButADamagedOneIsNot() {
        byte[] box = box(null);
        Arrays.fill(box, 126, 158, (byte) 0);
        assertThat(MinisignSecretKey.parse(secretText(box), "zero", null).keyId()).isEqualTo(pair.publicKey().keyId());
        box[130] = 1;
        assertFails(() -> MinisignSecretKey.parse(secretText(box), "damaged", null), Kind.CORRUPT_KEY)
                .hasMessageContaining("damaged");
    }

    @Test
    void halvesThatDoNotBelongTogetherAreRefused() {
        byte[] box = box(null);
        byte[] otherPublic = Ed25519.rawPublic(MinisignKeyPair.generate().publicKey().key());
        System.arraycopy(otherPublic, 0, box, 94, 32);
        Arrays.fill(box, 126, 158, (byte) 0);
        assertFails(() -> MinisignSecretKey.parse(secretText(box), "mixed", null), Kind.CORRUPT_KEY)
                .hasMessageContaining("do not belong together");
    }

    @Test
    void aHostileCostIsRefusedBeforeAnyWork() {
        byte[] box = box("pw".toCharArray());
        MinisignText.putLe64(box, 38, 1L << 50);
        MinisignText.putLe64(box, 46, 1L << 50);
        String text = secretText(box);
        assertFails(() -> MinisignSecretKey.parse(text, "hostile", "pw".toCharArray()), Kind.UNSUPPORTED);
    }

    @Test
    void malformedFilesNameTheLine() {
        assertThatThrownBy(() -> MinisignPublicKey.parse("untrusted comment: x\nnot base64!\n", "k.pub"))
                .hasMessage("k.pub line 2: the public key is not valid base64");
        assertThatThrownBy(() -> MinisignPublicKey.parse("untrusted comment: x\n", "k.pub"))
                .hasMessage("k.pub line 2: missing (expected the public key)");
        assertThatThrownBy(() -> MinisignPublicKey.parse("untrusted comment: x\nAAAA\n", "k.pub"))
                .hasMessage("k.pub line 2: the public key should be 42 bytes, found 3");
        assertThatThrownBy(() -> MinisignSecretKey.parse("-----BEGIN PRIVATE KEY-----\nAAAA\n", "k.key", null))
                .hasMessageStartingWith("k.key line 1: should start with \"untrusted comment: \"");
        assertThatThrownBy(() -> MinisignSecretKey.parse("", "k.key", null)).hasMessage("k.key is empty");
        byte[] rsa = new byte[42];
        rsa[0] = 'R';
        rsa[1] = 'S';
        String rsaLine = Base64.getEncoder().encodeToString(rsa);
        assertFails(() -> MinisignPublicKey.parse(rsaLine, "k.pub"), Kind.UNSUPPORTED);
    }

    @Test
    void toStringDoesNotLeakTheKey() {
        assertThat(pair.secretKey().toString())
                .isEqualTo("MinisignSecretKey[keyId=" + pair.publicKey().keyIdHex() + "]");
    }

    private byte[] box(char[] password) {
        return Base64.getDecoder().decode(pair.secretKey().toText(password, FAST).lines().toList().get(1));
    }

    private static String secretText(byte[] box) {
        return "untrusted comment: test\n" + Base64.getEncoder().encodeToString(box) + "\n";
    }
}
