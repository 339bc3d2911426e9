package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.tauri4j.crypto.minisign.MinisignAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signatures made and checked by us; {@link MinisignInteropTest} checks them against minisign itself. */
class MinisignSignVerifyTest {

    private static final MinisignKeyPair KEYS = MinisignKeyPair.generate();

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void content() throws IOException {
        file = dir.resolve("app.tar.gz");
        Files.write(file, "some release bytes\n".repeat(10_000).getBytes(UTF_8));
    }

    @Test
    void signsAndVerifies() throws IOException {
        Path sig = MinisignSigner.signToFile(file, KEYS.secretKey(), "app 1.0.0");
        assertThat(sig).isEqualTo(dir.resolve("app.tar.gz.minisig"));
        MinisignSignature verified = MinisignVerifier.verify(file, KEYS.publicKey());
        assertThat(verified.trustedComment()).isEqualTo("app 1.0.0");
        assertThat(verified.keyId()).isEqualTo(KEYS.publicKey().keyId());
    }

    @Test
    void signatureFileLooksLikeMinisigns() throws IOException {
        List<String> lines = Files.readAllLines(MinisignSigner.signToFile(file, KEYS.secretKey(), "c"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("untrusted comment: signature from tauri4j secret key");
        byte[] head = Base64.getDecoder().decode(lines.get(1));
        assertThat(head).hasSize(74);
        assertThat(new String(head, 0, 2, UTF_8)).as("always the prehashed form").isEqualTo("ED");
        assertThat(MinisignText.le64(head, 2)).isEqualTo(KEYS.publicKey().keyId());
        assertThat(lines.get(2)).isEqualTo("trusted comment: c");
        assertThat(Base64.getDecoder().decode(lines.get(3))).hasSize(64);
    }

    @Test
    void theDefaultTrustedCommentIsMinisigns() throws IOException {
        assertThat(MinisignSigner.sign(file, KEYS.secretKey(), null).trustedComment())
                .matches("timestamp:\\d+\tfile:app\\.tar\\.gz\thashed");
    }

    @Test
    void aCommentMinisignCouldNotReadBackIsTheUsersToFix() {
        assertFails(() -> MinisignSigner.signToFile(file, KEYS.secretKey(), "line one\nline two"), Kind.BAD_COMMENT)
                .hasMessageContaining("must be one line").hasMessageContaining("Fix:");
        assertFails(() -> MinisignSigner.sign(new byte[0], KEYS.secretKey(), "x".repeat(9000)), Kind.BAD_COMMENT)
                .hasMessageContaining("9000 bytes");
        assertFails(() -> MinisignSigner.sign(new byte[0], KEYS.secretKey(), "bell \u0007"), Kind.BAD_COMMENT)
                .hasMessageContaining("control characters");
        assertThat(dir.resolve("app.tar.gz.minisig")).doesNotExist();
    }

    @Test
    void bytesInMemory() {
        byte[] manifest = "{\"index.html\":\"abc\"}".getBytes(UTF_8);
        MinisignSignature signature = MinisignSigner.sign(manifest, KEYS.secretKey(), "manifest");
        MinisignSignature parsed = MinisignSignature.parse(signature.toText(), "manifest.minisig");
        assertThat(parsed).isEqualTo(signature);
        assertThat(MinisignVerifier.verify(manifest, parsed, KEYS.publicKey()).trustedComment()).isEqualTo("manifest");
        manifest[2] ^= 1;
        assertFails(() -> MinisignVerifier.verify(manifest, parsed, KEYS.publicKey()), Kind.BAD_SIGNATURE);
    }

    @Test
    void aChangedFileFails() throws IOException {
        MinisignSigner.signToFile(file, KEYS.secretKey(), "c");
        Files.writeString(file, "!", StandardOpenOption.APPEND);
        assertFails(() -> MinisignVerifier.verify(file, KEYS.publicKey()), Kind.BAD_SIGNATURE)
                .hasMessageStartingWith("signature verification failed: " + file);
    }

    @Test
    void anotherKeyIdFails() throws IOException {
        MinisignSigner.signToFile(file, KEYS.secretKey(), "c");
        MinisignPublicKey other = MinisignKeyPair.generate().publicKey();
        assertFails(() -> MinisignVerifier.verify(file, other), Kind.WRONG_KEY)
                .hasMessageContaining(KEYS.publicKey().keyIdHex())
                .hasMessageContaining(other.keyIdHex());
    }

    @Test
    void aDifferentKeyClaimingTheSameIdFails() throws IOException {
        MinisignSigner.signToFile(file, KEYS.secretKey(), "c");
        MinisignPublicKey impostor = new MinisignPublicKey(KEYS.publicKey().keyId(),
                MinisignKeyPair.generate().publicKey().key());
        assertFails(() -> MinisignVerifier.verify(file, impostor), Kind.BAD_SIGNATURE);
    }

    @Test
    void aChangedTrustedCommentFails() throws IOException {
        Path sig = MinisignSigner.signToFile(file, KEYS.secretKey(), "version 1.0.0");
        Files.writeString(sig, Files.readString(sig).replace("version 1.0.0", "version 9.9.9"));
        assertFails(() -> MinisignVerifier.verify(file, KEYS.publicKey()), Kind.BAD_TRUSTED_COMMENT)
                .hasMessageContaining("version 9.9.9");
    }

    @Test
    void readsTaurisBase64WrappedSignatures() throws IOException {
        // `tauri build` writes <bundle>.sig as base64 of minisign's four lines.
        String text = MinisignSigner.sign(file, KEYS.secretKey(), "tauri").toText();
        Path sig = dir.resolve("app.tar.gz.sig");
        Files.writeString(sig, Base64.getEncoder().encodeToString(text.getBytes(UTF_8)));
        assertThat(MinisignVerifier.verify(file, sig, KEYS.publicKey()).trustedComment()).isEqualTo("tauri");
    }

    @Test
    void theUntrustedCommentIsNotSigned() throws IOException {
        Path sig = MinisignSigner.signToFile(file, KEYS.secretKey(), "c");
        MinisignSignature.read(sig).withUntrustedComment("anything at all").write(sig);
        assertThat(MinisignVerifier.verify(file, KEYS.publicKey()).untrustedComment()).isEqualTo("anything at all");
    }

    @Test
    void acceptsTheLegacyUnhashedForm() throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] signature = Ed25519.sign(KEYS.secretKey().privateKey(), content);
        byte[] covered = new byte[64 + 1];
        System.arraycopy(signature, 0, covered, 0, 64);
        covered[64] = 'c';
        MinisignSignature legacy = new MinisignSignature("legacy", false, KEYS.publicKey().keyId(), signature, "c",
                Ed25519.sign(KEYS.secretKey().privateKey(), covered));
        Path sig = dir.resolve("legacy.minisig");
        legacy.write(sig);
        byte[] head = Base64.getDecoder().decode(Files.readAllLines(sig).get(1));
        assertThat(new String(head, 0, 2, UTF_8)).isEqualTo("Ed");
        assertThat(MinisignVerifier.verify(file, sig, KEYS.publicKey()).prehashed()).isFalse();
    }

    @Test
    void trustedCommentsMustBeLinesMinisignCanReadBack() {
        assertThatThrownBy(() -> MinisignSigner.sign(new byte[0], KEYS.secretKey(), "two\nlines"))
                .hasMessageContaining("one line");
        assertThatThrownBy(() -> MinisignSigner.sign(new byte[0], KEYS.secretKey(), "bell\u0007"))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> MinisignSigner.sign(new byte[0], KEYS.secretKey(), "x".repeat(8174)))
                .hasMessageContaining("8173");
        assertThat(MinisignSigner.sign(new byte[0], KEYS.secretKey(), "tabs\tand ünïcödé ✓").trustedComment())
                .isEqualTo("tabs\tand ünïcödé ✓");
    }

    @Test
    void malformedSignatureFilesNameTheLine() throws IOException {
        String good = MinisignSigner.sign(file, KEYS.secretKey(), "c").toText();
        List<String> lines = good.lines().toList();
        assertMalformed(lines.get(0) + "\n%%%\n" + lines.get(2) + "\n" + lines.get(3),
                "sig line 2: the signature is not valid base64");
        assertMalformed(lines.get(0) + "\n" + lines.get(1) + "\n", "sig line 3: missing (expected a trusted comment)");
        assertMalformed(lines.get(0) + "\n" + lines.get(1) + "\ncomment: c\n" + lines.get(3),
                "sig line 3: should start with \"trusted comment: \"");
        assertMalformed(lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\nAAAA",
                "sig line 4: the trusted comment's signature should be 64 bytes, found 3");
        assertMalformed("signature\n" + lines.get(1),
                "sig line 1: should start with \"untrusted comment: \" (is this a minisign file?)");
        assertMalformed(good + "more\n", "sig line 5: unexpected text after the signature");
    }

    private static void assertMalformed(String text, String message) {
        assertFails(() -> MinisignSignature.parse(text, "sig"), Kind.MALFORMED)
                .hasMessage(message);
    }
}
