package dev.tauri4j.plugins.updater;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One check, as Tauri's updater does it: each endpoint in order, its variables replaced; a 204 means no update; the
 * first answer that parses as a release wins; a connection error, an error status or an unreadable answer falls
 * through to the next endpoint. The release is an update when its version is newer than the app's (or only
 * different, with {@code allowDowngrades}).
 */
final class UpdateCheck {

    private UpdateCheck() {}

    static Optional<Update> run(UpdaterConfig config, UpdaterTarget target, String currentVersion, CheckOptions options)
            throws InterruptedException {
        if (config.endpoints().isEmpty()) {
            throw new UpdaterException("Updater does not have any endpoints set. Fix: add \"endpoints\": [\"https://...\"]"
                    + " to plugins.updater in tauri.conf.json");
        }
        SemVer current;
        try {
            current = SemVer.parse(currentVersion, "the app's version (tauri.conf.json \"version\")");
        } catch (IllegalArgumentException e) {
            throw new UpdaterException(e.getMessage() + ". Fix: set \"version\": \"1.0.0\" in tauri.conf.json");
        }
        RequestOptions request = options.request();
        HttpClient client = request.client();
        List<String> failures = new ArrayList<>();
        Release release = null;
        URI from = null;
        for (String template : config.endpoints()) {
            URI url = target.endpoint(template, current.toString(), options.target());
            if ("http".equalsIgnoreCase(url.getScheme()) && !config.dangerousInsecureTransportProtocol()) {
                UpdaterConfig.validate(url.toString(), false, "the update endpoint");
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.request(url, "application/json"), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                failures.add(url + ": " + describe(e));
                continue;
            }
            int status = response.statusCode();
            if (status == 204) return Optional.empty();
            if (status < 200 || status > 299) {
                failures.add(url + ": the server answered " + status);
                continue;
            }
            try {
                release = Release.parse(response.body(), url.toString());
                from = url;
                break;
            } catch (UpdaterException e) {
                failures.add(e.getMessage());
            }
        }
        if (release == null) {
            throw new UpdaterException("Could not fetch a valid release JSON from the remote: " + String.join("; ", failures));
        }
        Release.Platform platform = release.platformFor(target.manifestKeys(options.target()));
        int order = release.version().compareTo(current);
        boolean update = options.allowDowngrades() ? order != 0 : order > 0;
        if (!update) return Optional.empty();
        return Optional.of(new Update(current.toString(), release, platform, from, config.pubkey(), request));
    }

    /** A connection failure in words a user can act on; the JDK's own messages are often empty. */
    static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) return "timed out (" + e.getMessage() + ")";
        if (e instanceof ConnectException) return "could not connect (is the update server running and reachable?)";
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
