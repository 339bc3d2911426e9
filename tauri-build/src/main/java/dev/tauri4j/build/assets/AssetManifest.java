package dev.tauri4j.build.assets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The integrity manifest of the embedded assets: each asset's SHA-256, size and type, and the CSP hashes of the
 * inline scripts in the HTML files. Its JSON bytes depend only on the assets, so two builds of the same frontend
 * write identical manifests (and signatures).
 *
 * @param assets        by asset key (path under the asset root with {@code /} separators), sorted
 * @param inlineScripts {@code sha256-<base64>} of every inline script of every HTML asset, sorted, each once (each
 *                      HTML entry also lists its own, which is what the runtime uses)
 */
public record AssetManifest(SortedMap<String, AssetEntry> assets, List<String> inlineScripts) {

    /** The manifest's file name, next to the {@code assets} folder. */
    public static final String FILE_NAME = "assets.manifest.json";

    /** The signature's file name, next to the manifest. */
    public static final String SIGNATURE_FILE_NAME = FILE_NAME + ".minisig";

    /** The embedded public key's file name, next to the manifest: the runtime verifies the signature with it. */
    public static final String PUBLIC_KEY_FILE_NAME = "assets.manifest.pub";

    /** The format version written in the manifest. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Fixed indentation and "\n" line ends: Jackson's default uses the OS line separator, which would make the
    // bytes (and the signature) differ between a Windows and a Linux build of the same frontend.
    static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    public AssetManifest {
        assets = Collections.unmodifiableSortedMap(new TreeMap<>(assets));
        inlineScripts = List.copyOf(new TreeSet<>(inlineScripts));
    }

    /** Reads every file under {@code assetsDir} (the folder the runtime serves) into a manifest. */
    public static AssetManifest of(Path assetsDir) throws IOException {
        TreeMap<String, AssetEntry> assets = new TreeMap<>();
        TreeSet<String> scripts = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String key = assetsDir.relativize(file).toString().replace('\\', '/');
            String type = AssetTypes.forKey(key);
            if (AssetTypes.isHtml(type)) {
                byte[] bytes = Files.readAllBytes(file);
                List<String> own = InlineScripts.in(decodeHtml(bytes)).stream().map(CspHash::of).toList();
                assets.put(key, new AssetEntry(HexFormat.of().formatHex(sha256().digest(bytes)), bytes.length, type, own));
                scripts.addAll(own);
            } else {
                assets.put(key, new AssetEntry(sha256Hex(file), Files.size(file), type));
            }
        }
        return new AssetManifest(assets, List.copyOf(scripts));
    }

    /** The manifest as UTF-8 JSON: two-space indents, "\n" line ends, keys in order, a final newline. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode byKey = root.putObject("assets");
        assets.forEach((key, entry) -> {
            ObjectNode node = byKey.putObject(key);
            node.put("sha256", entry.sha256());
            node.put("size", entry.size());
            node.put("type", entry.type());
            if (!entry.inlineScripts().isEmpty()) entry.inlineScripts().forEach(node.putArray("inlineScripts")::add);
        });
        ArrayNode hashes = root.putArray("inlineScripts");
        inlineScripts.forEach(hashes::add);
        try {
            return (JSON.writer(PRINTER).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /**
     * Writes {@link #FILE_NAME} into {@code dir}, and {@link #SIGNATURE_FILE_NAME} when a signer is given (with
     * {@link #PUBLIC_KEY_FILE_NAME} when the signer offers its public key); without one, a signature and key left by
     * an earlier build are deleted, since they would not match.
     *
     * @return the manifest file
     */
    public Path writeTo(Path dir, ManifestSigner signer) throws IOException {
        byte[] json = toJson();
        Path manifest = dir.resolve(FILE_NAME);
        Path signature = dir.resolve(SIGNATURE_FILE_NAME);
        // Sign before writing anything, so a failing signer leaves the earlier manifest and signature as a pair.
        byte[] signed = signer == null ? null : signer.sign(json.clone());
        byte[] publicKey = signer == null ? null : signer.publicKey();
        Path keyFile = dir.resolve(PUBLIC_KEY_FILE_NAME);
        Files.deleteIfExists(signature);
        Files.deleteIfExists(keyFile);
        AtomicFiles.write(manifest, json);
        if (signed != null) AtomicFiles.write(signature, signed);
        if (signed != null && publicKey != null) AtomicFiles.write(keyFile, publicKey);
        return manifest;
    }

    private static String decodeHtml(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A BOM only picks the encoding; it is not part of the document.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String sha256Hex(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
