package dev.tauri4j.maven;

import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.crypto.minisign.MinisignSecretKey;
import dev.tauri4j.crypto.minisign.MinisignSigner;
import java.io.Console;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tauri:signer}: makes a minisign key pair, or signs a file with one. Without {@code tauri.signer.file} it
 * generates keys; with it, it writes {@code <file>.minisig}. Debian's {@code minisign -V} verifies the result.
 */
@Mojo(name = "signer", requiresProject = false, threadSafe = true)
public class SignerMojo extends AbstractMojo {

    /** The file to sign; when absent, the goal generates a key pair instead. */
    @Parameter(property = "tauri.signer.file")
    File file;

    /** The secret key file (written by generate, read by sign). */
    @Parameter(property = "tauri.signer.secretKey", defaultValue = "${user.home}/.tauri4j/app.key")
    File secretKey;

    /** The public key file written by generate. Defaults to the secret key's path plus ".pub". */
    @Parameter(property = "tauri.signer.publicKey")
    File publicKey;

    /** The environment variable holding the secret key's password (for CI). */
    @Parameter(property = "tauri.signer.passwordEnv", defaultValue = "TAURI_SIGNING_PRIVATE_KEY_PASSWORD")
    String passwordEnv;

    /** Generate a secret key without a password (only for throwaway keys; CI should use a password). */
    @Parameter(property = "tauri.signer.noPassword", defaultValue = "false")
    boolean noPassword;

    /** Overwrite existing key files when generating. */
    @Parameter(property = "tauri.signer.force", defaultValue = "false")
    boolean force;

    /** The trusted comment put into signatures (minisign shows it after verifying). */
    @Parameter(property = "tauri.signer.comment")
    String comment;

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:signer", file == null ? this::generate : this::sign);
    }

    private void generate() throws Exception {
        Path sec = secretKey.toPath();
        Path pub = publicKey != null ? publicKey.toPath() : Path.of(sec + ".pub");
        if (!force && (Files.exists(sec) || Files.exists(pub))) {
            throw new MojoErrors.GoalException("key file " + (Files.exists(sec) ? sec : pub)
                    + " already exists. Fix: choose another -Dtauri.signer.secretKey, or overwrite it with -Dtauri.signer.force=true");
        }
        if (force) {
            Files.deleteIfExists(sec);
            Files.deleteIfExists(pub);
        }
        char[] password = noPassword ? null : password(true);
        Files.createDirectories(sec.toAbsolutePath().getParent());
        MinisignKeyPair pair = MinisignKeyPair.generate();
        pair.write(pub, sec, password);
        getLog().info("Secret key: " + sec + (password == null ? " (no password)" : " (password protected)"));
        getLog().info("Public key: " + pub + " (key id " + pair.publicKey().keyIdHex() + ")");
        getLog().info("Keep the secret key out of version control; put the public key where verifiers find it.");
    }

    private void sign() throws Exception {
        Path target = file.toPath();
        if (!Files.isRegularFile(target)) {
            throw new MojoErrors.GoalException("cannot sign " + target + ": no such file");
        }
        Path sec = secretKey.toPath();
        if (!Files.isRegularFile(sec)) {
            throw new MojoErrors.GoalException("secret key " + sec + " not found. Fix: generate one with mvn tauri:signer,"
                    + " or point -Dtauri.signer.secretKey at yours");
        }
        char[] password = MinisignSecretKey.isEncrypted(sec) ? password(false) : null;
        Path sig = MinisignSigner.signToFile(target, MinisignSecretKey.read(sec, password), comment);
        getLog().info("Signed " + target + " -> " + sig);
    }

    private char[] password(boolean confirm) {
        String fromEnv = passwordEnv == null ? null : System.getenv(passwordEnv);
        if (fromEnv != null) return fromEnv.toCharArray();
        Console console = System.console();
        if (console == null) {
            throw new MojoErrors.GoalException("the secret key needs a password and there is no terminal to ask."
                    + " Fix: set the environment variable " + passwordEnv
                    + (confirm ? ", or generate an unencrypted key with -Dtauri.signer.noPassword=true" : ""));
        }
        char[] first = console.readPassword("Password for %s: ", secretKey);
        if (confirm && !java.util.Arrays.equals(first, console.readPassword("Once more: "))) {
            throw new MojoErrors.GoalException("the two passwords differ; nothing was written");
        }
        return first;
    }
}
