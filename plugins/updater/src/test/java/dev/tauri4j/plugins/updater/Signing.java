package dev.tauri4j.plugins.updater;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.crypto.minisign.MinisignSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keys and signatures in Tauri's config and manifest form, made by the project's signer or by the real minisign. */
final class Signing {

    private Signing() {}

    /** What {@code plugins.updater.pubkey} holds for a key pair of ours: base64 of the public key file. */
    static String pubkey(MinisignKeyPair keys) {
        return base64(keys.publicKey().toText());
    }

    /** What a manifest's {@code signature} holds: base64 of the {@code .sig} file, signed with our signer. */
    static String signature(MinisignKeyPair keys, byte[] content) {
        return signature(keys, content, "timestamp:1\tfile:app.tar.gz");
    }

    /** As {@link #signature(MinisignKeyPair, byte[])} with this trusted comment. */
    static String signature(MinisignKeyPair keys, byte[] content, String trustedComment) {
        return base64(MinisignSigner.sign(content, keys.secretKey(), trustedComment).toText());
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }

    /** A key pair made by {@code minisign -G -W} in {@code dir}: its pubkey in Tauri's form and a way to sign. */
    record Minisign(Path dir, String pubkey) {

        static Minisign generate(Path dir) throws IOException {
            run(dir, "-G", "-W", "-p", dir.resolve("ms.pub").toString(), "-s", dir.resolve("ms.key").toString());
            return new Minisign(dir, base64(Files.readString(dir.resolve("ms.pub"), UTF_8)));
        }

        /** {@code minisign -S} over {@code content}; the manifest's {@code signature} for it. */
        String sign(byte[] content) throws IOException {
            Path file = Files.createTempFile(dir, "artifact", ".tar.gz");
            Files.write(file, content);
            run(dir, "-S", "-m", file.toString(), "-s", dir.resolve("ms.key").toString(), "-t", "signed by minisign");
            return base64(Files.readString(Path.of(file + ".minisig"), UTF_8));
        }
    }

    private static void run(Path dir, String... args) throws IOException {
        String minisign = Files.isExecutable(Path.of("/usr/bin/minisign")) ? "/usr/bin/minisign" : "/usr/local/bin/minisign";
        if (!Files.isExecutable(Path.of(minisign))) throw new AssertionError("these tests need the minisign tool: sudo apt-get install minisign");
        List<String> command = new ArrayList<>(List.of(minisign));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        try {
            String out = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("minisign " + command + " failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
