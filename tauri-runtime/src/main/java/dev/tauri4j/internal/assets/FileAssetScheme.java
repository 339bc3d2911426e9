package dev.tauri4j.internal.assets;

import dev.tauri4j.config.AssetProtocolConfig;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.internal.platform.SchemeHandler;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tauri's asset protocol: {@code asset://localhost/<percent-encoded absolute path>} (what {@code convertFileSrc}
 * builds) answers with that file from disk when {@code app.security.assetProtocol} is enabled and its scope allows
 * the path (after symbolic links and {@code ..} are resolved); 403 otherwise, 404 when the file is missing, and 206
 * parts for {@code Range} requests so that video and audio can seek.
 */
public final class FileAssetScheme implements SchemeHandler {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.assets");

    private final PathScope scope;
    private final GrantedPaths granted;
    private final boolean requireLiteralLeadingDot;
    private final boolean enabled;
    private final String appOrigin;

    private FileAssetScheme(boolean enabled, PathScope scope, GrantedPaths granted, boolean requireLiteralLeadingDot, String appOrigin) {
        this.enabled = enabled;
        this.scope = scope;
        this.granted = granted;
        this.requireLiteralLeadingDot = requireLiteralLeadingDot;
        this.appOrigin = appOrigin;
    }

    /**
     * The scheme for the app's config, with {@code $APPDATA}-style variables resolved through {@code dirs}.
     *
     * @param appOrigin the app pages' origin, allowed to read answers from script ({@code tauri://localhost})
     * @param granted   paths granted at run time (a dialog pick), allowed unless a deny entry matches
     * @throws dev.tauri4j.config.ConfigException naming the config file and the scope entry that is no usable path
     */
    public static FileAssetScheme of(AssetProtocolConfig config, BaseDirectoryResolver dirs, String appOrigin, GrantedPaths granted) {
        boolean dot = config.requireLiteralLeadingDot() != null ? config.requireLiteralLeadingDot()
                : PathScope.defaultRequireLiteralLeadingDot();
        ScopeEntries entries = new ScopeEntries(rooted(config.scope().allow()), rooted(config.scope().deny()));
        return new FileAssetScheme(config.enable(), PathScope.of(entries, dirs, dot), granted, dot, appOrigin);
    }

    // Tauri matches its globs against absolute paths, so a scope of "**" or "**/*.png" means every such file; the
    // shared PathScope wants them rooted, and on Unix every absolute path starts at "/"
    private static List<ScopeEntry> rooted(List<ScopeEntry> entries) {
        return entries.stream().map(e -> e.value().text().filter(t -> t.startsWith("*"))
                .map(t -> new ScopeEntry(new ScopeValue.Str("/" + t), e.source(), e.path())).orElse(e)).toList();
    }

    @Override
    public void handle(SchemeRequest request) {
        String method = request.method();
        String uri = request.uri();
        String range = request.header("Range");
        // reading the file happens off the UI thread; the answer hops back by itself
        Thread.ofVirtual().start(() -> {
            SchemeResponse response;
            try {
                response = answer(method, uri, range);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "asset protocol: " + uri + " could not be read", e);
                response = SchemeResponse.text(500, "the file could not be read: " + e.getMessage(), cors());
            }
            request.respond(response);
        });
    }

    /** The answer to {@code method uri} with an optional {@code Range} header (null when absent). */
    SchemeResponse answer(String method, String uri, String range) throws IOException {
        if (!enabled) {
            LOG.log(System.Logger.Level.WARNING, "asset protocol is disabled; refused " + uri
                    + ". Fix: set \"app\": {\"security\": {\"assetProtocol\": {\"enable\": true, \"scope\": [...]}}} in tauri.conf.json");
            return empty(403);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return SchemeResponse.text(405, "method " + method + " not allowed", Map.of("Allow", "GET, HEAD"));
        }
        Optional<Path> requested = pathOf(uri);
        if (requested.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "asset protocol path of " + uri + " is not an absolute path");
            return empty(403);
        }
        PathDecision decision = granted.apply(scope.check(requested.get()), requireLiteralLeadingDot);
        if (!decision.allowed()) {
            LOG.log(System.Logger.Level.ERROR, "asset protocol not configured to allow the path: " + requested.get()
                    + ". Fix: add it (or a glob such as \"$APPDATA/**\") to app.security.assetProtocol.scope in tauri.conf.json");
            return empty(403);
        }
        Path file = decision.realPath();
        if (!Files.isRegularFile(file)) {
            LOG.log(System.Logger.Level.ERROR, "File does not exist at path: " + file);
            return empty(404);
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            String type = FileMediaType.of(file, read(in, 0, (int) Math.min(size, 512)));
            Map<String, String> headers = cors();
            if (range != null) return ranged(in, size, type, range, headers);
            headers.put("Content-Length", Long.toString(size));
            if ("HEAD".equals(method)) return new SchemeResponse(200, type, headers, new byte[0]);
            if (size > Integer.MAX_VALUE - 8) throw new IOException("the file is larger than 2 GiB; ask for it in Range parts");
            return new SchemeResponse(200, type, headers, read(in, 0, (int) size));
        }
    }

    private SchemeResponse ranged(RandomAccessFile in, long size, String type, String header, Map<String, String> headers)
            throws IOException {
        headers.put("Accept-Ranges", "bytes");
        headers.put("Access-Control-Expose-Headers", "content-range");
        Optional<List<ByteRange>> parsed = ByteRange.parse(header, size);
        if (parsed.isEmpty()) {
            headers.put("Content-Range", "bytes */" + size);
            return new SchemeResponse(416, "text/plain; charset=utf-8", headers, new byte[0]);
        }
        List<ByteRange> parts = parsed.get().stream().map(ByteRange::capped).toList();
        if (parts.size() == 1) {
            ByteRange r = parts.getFirst();
            headers.put("Content-Range", "bytes " + r.start() + "-" + r.end() + "/" + size);
            headers.put("Content-Length", Long.toString(r.length()));
            return new SchemeResponse(206, type, headers, read(in, r.start(), (int) r.length()));
        }
        String boundary = HexFormat.of().formatHex(random());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (ByteRange r : parts) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Range: bytes "
                    + r.start() + "-" + r.end() + "/" + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(read(in, r.start(), (int) r.length()));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new SchemeResponse(206, "multipart/byteranges; boundary=" + boundary, headers, body.toByteArray());
    }

    private static byte[] random() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static byte[] read(RandomAccessFile in, long at, int length) throws IOException {
        byte[] out = new byte[length];
        in.seek(at);
        in.readFully(out);
        return out;
    }

    /** The file path in {@code asset://localhost/<encoded path>}: the URI's decoded path without its first '/'. */
    static Optional<Path> pathOf(String uri) {
        try {
            String decoded = URI.create(uri).getPath();
            if (decoded == null || decoded.length() < 2 || decoded.indexOf('\0') >= 0) return Optional.empty();
            Path p = Path.of(decoded.substring(1));
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.empty();
        }
    }

    private Map<String, String> cors() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Origin", appOrigin);
        return h;
    }

    private SchemeResponse empty(int status) {
        return new SchemeResponse(status, "text/plain; charset=utf-8", cors(), new byte[0]);
    }
}
