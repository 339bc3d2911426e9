package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.tauri4j.crypto.minisign.MinisignAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code minisign} against our files and ours against its files, in both directions.
 *
 * <p>minisign reads passwords from stdin when it is not a terminal, so the encrypted paths are automated too.
 * Its own key generation always uses its full scrypt cost (1 GiB), which our reader must then honour.
 */
class MinisignInteropTest {

    private static final String PASSWORD = "interop pässword";

    private static String minisign;

    @TempDir
    Path dir;
    private Path file;

    @BeforeAll
    static void findMinisign() {
        for (String candidate : new String[] {"/usr/bin/minisign", "/usr/local/bin/minisign"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                minisign = candidate;
                return;
            }
        }
        throw new AssertionError("these tests need the minisign tool: sudo apt-get install minisign");
    }

    @BeforeEach
    void content() throws IOException {
        file = dir.resolve("release.bin");
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
    }

    @Test
    void minisignVerifiesWhatWeSignWithAnUnencryptedKey() throws IOException {
        MinisignKeyPair keys = writeOurKeys(null, ScryptCost.RUST_MINISIGN);
        MinisignSigner.signToFile(file, keys.secretKey(), "tauri4j release 1.2.3");

        Result ok = run(null, "-V", "-m", file, "-p", dir.resolve("our.pub"));
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output())
                .contains("Signature and comment signature verified", "Trusted comment: tauri4j release 1.2.3");

        Files.writeString(file, "tampered", StandardOpenOption.APPEND);
        Result tampered = run(null, "-V", "-m", file, "-p", dir.resolve("our.pub"));
        assertThat(tampered.exit()).isNotZero();
        assertThat(tampered.output()).contains("Signature verification failed");
    }

    @Test
    void minisignSignsWithOurEncryptedKeyAndWeVerify() throws IOException {
        writeOurKeys(PASSWORD.toCharArray(), ScryptCost.RUST_MINISIGN);
        Result signed =
                run(PASSWORD + "\n", "-S", "-m", file, "-s", dir.resolve("our.key"), "-t", "signed by minisign");
        assertThat(signed.exit()).as(signed.output()).isZero();

        MinisignPublicKey key = MinisignPublicKey.read(dir.resolve("our.pub"));
        assertThat(MinisignVerifier.verify(file, key).trustedComment()).isEqualTo("signed by minisign");

        Result wrong = run("not the password\n",
                "-S", "-m", file, "-s", dir.resolve("our.key"), "-x", dir.resolve("x.sig"));
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.output()).contains("Wrong password for that key");
    }

    /** Our default is minisign's own cost: check minisign can open such a key (it takes it about two seconds). */
    @Test
    void minisignOpensOurKeyAtItsOwnDefaultCost() throws IOException {
        writeOurKeys(PASSWORD.toCharArray(), ScryptCost.MINISIGN);
        Result signed = run(PASSWORD + "\n", "-S", "-m", file, "-s", dir.resolve("our.key"), "-t", "full cost");
        assertThat(signed.exit()).as(signed.output()).isZero();
        assertThat(MinisignVerifier.verify(file, MinisignPublicKey.read(dir.resolve("our.pub"))).trustedComment())
                .isEqualTo("full cost");
    }

    @Test
    void minisignRecreatesOurPublicKeyFile() throws IOException {
        // A key id with a leading zero digit, where minisign versions differ in printing it.
        MinisignKeyPair random = MinisignKeyPair.generate();
        MinisignPublicKey key = new MinisignPublicKey(random.publicKey().keyId() & 0x0FFF_FFFF_FFFF_FFFFL,
                random.publicKey().key());
        new MinisignKeyPair(key, new MinisignSecretKey(random.secretKey().privateKey(), key))
                .write(dir.resolve("our.pub"), dir.resolve("our.key"), null);
        Result recreated = run(null, "-R", "-s", dir.resolve("our.key"), "-p", dir.resolve("recreated.pub"));
        assertThat(recreated.exit()).as(recreated.output()).isZero();
        List<String> theirs = Files.readAllLines(dir.resolve("recreated.pub"));
        List<String> ours = Files.readAllLines(dir.resolve("our.pub"));
        assertThat(theirs.get(1)).isEqualTo(ours.get(1));
        // minisign 0.12 zero-pads the key id in the comment, as we do; 0.11 (Debian 12, 13) does not.
        assertThat(keyIdIn(theirs.get(0))).isEqualTo(keyIdIn(ours.get(0)));
    }

    @Test
    void weReadAnUnencryptedMinisignKeyAndBothSidesVerify() throws IOException {
        Result generated = run(null, "-G", "-W", "-p", dir.resolve("ms.pub"), "-s", dir.resolve("ms.key"));
        assertThat(generated.exit()).as(generated.output()).isZero();
        MinisignSecretKey secret = MinisignSecretKey.read(dir.resolve("ms.key"), null);
        MinisignPublicKey key = MinisignPublicKey.read(dir.resolve("ms.pub"));
        assertThat(secret.publicKey()).isEqualTo(key);

        Result signed = run(null, "-S", "-m", file, "-s", dir.resolve("ms.key"));
        assertThat(signed.exit()).as(signed.output()).isZero();
        assertThat(MinisignVerifier.verify(file, key).trustedComment())
                .matches("timestamp:\\d+\tfile:release\\.bin\thashed");

        Path ours = dir.resolve("ours.minisig");
        MinisignSigner.sign(file, secret, "ours").write(ours);
        Result verified = run(null, "-V", "-m", file, "-p", dir.resolve("ms.pub"), "-x", ours);
        assertThat(verified.exit()).as(verified.output()).isZero();
    }

    /** minisign generates at its full cost, so this derives a 1 GiB scrypt key in Java. */
    @Test
    void weReadAPasswordProtectedMinisignKey() throws IOException {
        Result generated = run(PASSWORD + "\n" + PASSWORD + "\n",
                "-G", "-p", dir.resolve("ms.pub"), "-s", dir.resolve("ms.key"));
        assertThat(generated.exit()).as(generated.output()).isZero();
        assertThat(MinisignSecretKey.isEncrypted(dir.resolve("ms.key"))).isTrue();

        MinisignSecretKey secret = MinisignSecretKey.read(dir.resolve("ms.key"), PASSWORD.toCharArray());
        assertThat(secret.publicKey()).isEqualTo(MinisignPublicKey.read(dir.resolve("ms.pub")));
        MinisignSigner.signToFile(file, secret, "signed with minisign's key");
        Result verified = run(null, "-V", "-m", file, "-p", dir.resolve("ms.pub"));
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Trusted comment: signed with minisign's key");
    }

    @Test
    void weRejectWhatMinisignSignedWhenTheFileOrCommentChanges() throws IOException {
        run(null, "-G", "-W", "-p", dir.resolve("ms.pub"), "-s", dir.resolve("ms.key"));
        MinisignPublicKey key = MinisignPublicKey.read(dir.resolve("ms.pub"));
        Result signed = run(null, "-S", "-m", file, "-s", dir.resolve("ms.key"), "-t", "v1");
        assertThat(signed.exit()).as(signed.output()).isZero();
        Path sig = dir.resolve("release.bin.minisig");
        String original = Files.readString(sig);

        Files.writeString(sig, original.replace("trusted comment: v1", "trusted comment: v2"));
        assertFails(() -> MinisignVerifier.verify(file, key), Kind.BAD_TRUSTED_COMMENT);
        Result minisignToo = run(null, "-V", "-m", file, "-p", dir.resolve("ms.pub"));
        assertThat(minisignToo.output()).contains("Comment signature verification failed");

        Files.writeString(sig, original);
        Files.writeString(file, "tampered", StandardOpenOption.APPEND);
        assertFails(() -> MinisignVerifier.verify(file, key), Kind.BAD_SIGNATURE);
    }

    @Test
    void keyIdsAgreeWithMinisign() throws IOException {
        MinisignKeyPair ours = writeOurKeys(null, ScryptCost.RUST_MINISIGN);
        run(null, "-G", "-W", "-p", dir.resolve("ms.pub"), "-s", dir.resolve("ms.key"));
        MinisignSigner.signToFile(file, ours.secretKey(), "c");
        Result wrongKey = run(null, "-V", "-m", file, "-p", dir.resolve("ms.pub"));
        assertThat(wrongKey.exit()).isNotZero();
        assertThat(wrongKey.output()).contains("Signature key id in " + file + ".minisig is ");
        assertThat(keyIdIn(wrongKey.output().lines().filter(l -> l.startsWith("Signature key id")).findFirst()
                .orElseThrow())).isEqualTo(ours.publicKey().keyId());

        MinisignPublicKey theirs = MinisignPublicKey.read(dir.resolve("ms.pub"));
        assertFails(() -> MinisignVerifier.verify(file, theirs), Kind.WRONG_KEY);
    }

    @Test
    void weVerifyMinisignsLegacySignatures() throws IOException {
        run(null, "-G", "-W", "-p", dir.resolve("ms.pub"), "-s", dir.resolve("ms.key"));
        Result signed = run(null, "-S", "-l", "-m", file, "-s", dir.resolve("ms.key"), "-t", "legacy");
        assertThat(signed.exit()).as(signed.output()).isZero();
        MinisignSignature verified = MinisignVerifier.verify(file, MinisignPublicKey.read(dir.resolve("ms.pub")));
        assertThat(verified.prehashed()).isFalse();
        assertThat(verified.trustedComment()).isEqualTo("legacy");
    }

    private MinisignKeyPair writeOurKeys(char[] password, ScryptCost cost) throws IOException {
        MinisignKeyPair keys = MinisignKeyPair.generate();
        keys.write(dir.resolve("our.pub"), dir.resolve("our.key"), password, cost);
        return keys;
    }

    /** The hex key id ending a line of minisign's output, zero-padded (0.12) or not (0.11). */
    private static long keyIdIn(String line) {
        Matcher m = Pattern.compile("([0-9A-F]{1,16})$").matcher(line.strip());
        assertThat(m.find()).as(line).isTrue();
        return Long.parseUnsignedLong(m.group(1), 16);
    }

    private record Result(int exit, String output) {
    }

    private Result run(String stdin, Object... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(minisign);
        for (Object arg : args) {
            command.add(arg.toString());
        }
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(UTF_8));
            }
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("minisign did not finish: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
