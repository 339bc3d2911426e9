package dev.tauri4j.plugins.updater;

import dev.tauri4j.crypto.minisign.MinisignPublicKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * An update an endpoint offered, what {@code check()} resolves to: its version, date, notes and the endpoint's raw
 * JSON. {@link #download} fetches the artifact and hands it out only once its minisign signature verified with the
 * app's {@code pubkey}.
 */
public final class Update {

    private static final int CHUNK = 64 * 1024;

    private final String currentVersion;
    private final Release release;
    private final Release.Platform platform;
    private final URI endpoint;
    private final MinisignPublicKey pubkey;
    private final RequestOptions request;

    Update(String currentVersion, Release release, Release.Platform platform, URI endpoint, MinisignPublicKey pubkey,
           RequestOptions request) {
        this.currentVersion = currentVersion;
        this.release = release;
        this.platform = platform;
        this.endpoint = endpoint;
        this.pubkey = pubkey;
        this.request = request;
    }

    /** The running app's version. */
    public String currentVersion() {
        return currentVersion;
    }

    /** The offered version. */
    public String version() {
        return release.version().toString();
    }

    /** The release date ({@code pub_date}, RFC 3339), when the endpoint gave one. */
    public Optional<String> date() {
        return Optional.ofNullable(release.pubDate());
    }

    /** The release notes ({@code notes}), when the endpoint gave them. */
    public Optional<String> body() {
        return Optional.ofNullable(release.notes());
    }

    /** The endpoint's whole answer, for fields the updater does not read. */
    public Map<String, Object> rawJson() {
        return release.rawJson();
    }

    /** Where the artifact is downloaded from. */
    public URI downloadUrl() {
        return platform.url();
    }

    /** Downloads and verifies the artifact with the check's headers and no timeout. */
    public byte[] download(Consumer<DownloadEvent> onEvent) throws InterruptedException {
        return download(onEvent, null, null);
    }

    /**
     * Downloads the artifact and verifies its signature before returning it; nothing unverified leaves this method.
     *
     * @param onEvent Started, Progress per chunk, then Finished (before verification)
     * @param headers replace the check's headers when not null
     * @param timeout of the download request, null for none
     * @throws UpdaterException for a failed request, a download that broke off, or a signature that does not verify
     */
    public byte[] download(Consumer<DownloadEvent> onEvent, List<List<String>> headers, Duration timeout)
            throws InterruptedException {
        Consumer<DownloadEvent> events = onEvent == null ? e -> {} : onEvent;
        RequestOptions options = request.forDownload(headers, timeout);
        URI url = platform.url();
        HttpResponse<InputStream> response;
        try {
            response = options.client().send(options.request(url, "application/octet-stream"), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UpdaterException("the download of " + url + " failed: " + UpdateCheck.describe(e), e);
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = response.body()) {
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new UpdaterException("Download request failed with status: " + response.statusCode() + " (" + url + ")");
            }
            byte[] buffer = new byte[CHUNK];
            boolean started = false;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (n == 0) continue;
                if (!started) {
                    started = true;
                    events.accept(new DownloadEvent.Started(length.isPresent() ? length.getAsLong() : null));
                }
                bytes.write(buffer, 0, n);
                events.accept(new DownloadEvent.Progress(n));
            }
        } catch (IOException e) {
            throw new UpdaterException("the download of " + url + " broke off after " + bytes.size() + " of "
                    + (length.isPresent() ? length.getAsLong() : "?") + " bytes: " + UpdateCheck.describe(e)
                    + "; nothing was kept", e);
        }
        if (length.isPresent() && bytes.size() != length.getAsLong()) {
            throw new UpdaterException("the download of " + url + " broke off after " + bytes.size() + " of "
                    + length.getAsLong() + " bytes; nothing was kept");
        }
        events.accept(new DownloadEvent.Finished());
        byte[] content = bytes.toByteArray();
        UpdateSignature.verify(content, platform.signature(), pubkey, url, version());
        return content;
    }

    /**
     * Downloads and verifies the artifact as {@link #download(Consumer)}, then writes it to {@code file} (through a
     * temporary file next to it, so the file never holds unverified or partial bytes).
     */
    public Path downloadTo(Path file, Consumer<DownloadEvent> onEvent) throws InterruptedException, IOException {
        byte[] content = download(onEvent);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            Files.write(partial, content);
            return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The endpoint that offered this update. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String toString() {
        return "Update[" + currentVersion + " -> " + version() + " from " + endpoint + "]";
    }
}
