package dev.tauri4j.plugins.updater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A release as an update endpoint describes it, in either of Tauri's two shapes: a dynamic server's answer
 * ({@code {version, url, signature, notes, pub_date}}, already for this platform) or a static {@code latest.json}
 * whose {@code platforms} object is keyed by target ({@code linux-x86_64}, {@code linux-x86_64-deb}, ...).
 */
record Release(SemVer version, String notes, String pubDate, Map<String, Platform> platforms, Platform dynamic,
               Map<String, Object> rawJson) {

    /** Where the artifact of one platform is and its signature (base64 of the {@code .sig} file's text). */
    record Platform(URI url, String signature) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses an endpoint's answer; {@code source} (the URL) names it in errors. */
    static Release parse(byte[] body, String source) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new UpdaterException("the update response from " + source + " is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (json == null || !json.isObject()) throw new UpdaterException("the update response from " + source + " is not a JSON object");
        SemVer version;
        try {
            version = SemVer.parse(text(json, "version", source, true), "the `version` field of the update response from " + source);
        } catch (IllegalArgumentException e) {
            throw new UpdaterException(e.getMessage());
        }
        String notes = text(json, "notes", source, false);
        String pubDate = text(json, "pub_date", source, false);
        if (pubDate != null) {
            try {
                pubDate = OffsetDateTime.parse(pubDate).toString();
            } catch (DateTimeParseException e) {
                throw new UpdaterException("the `pub_date` field of the update response from " + source
                        + " is not an RFC 3339 date (like 2026-01-31T12:00:00Z): " + pubDate);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = JSON.convertValue(json, Map.class);
        JsonNode platforms = json.get("platforms");
        if (platforms != null && !platforms.isNull()) {
            if (!platforms.isObject()) throw new UpdaterException("the `platforms` field of the update response from " + source + " is not an object");
            Map<String, Platform> byTarget = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : platforms.properties()) {
                byTarget.put(e.getKey(), platform(e.getValue(), source + " platforms." + e.getKey()));
            }
            return new Release(version, notes, pubDate, Map.copyOf(byTarget), null, raw);
        }
        return new Release(version, notes, pubDate, null, platform(json, source), raw);
    }

    /** The platform entry for the first of {@code targets} the release has (a dynamic answer has only one). */
    Platform platformFor(List<String> targets) {
        if (dynamic != null) return dynamic;
        for (String target : targets) {
            Platform p = platforms.get(target);
            if (p != null) return p;
        }
        if (targets.size() == 1) {
            throw new UpdaterException("the platform `" + targets.getFirst() + "` was not found on the response `platforms` object");
        }
        throw new UpdaterException("none of the platforms " + targets + " was found on the response `platforms` object"
                + " (it has " + platforms.keySet().stream().sorted().toList() + ")");
    }

    private static Platform platform(JsonNode node, String source) {
        String url = text(node, "url", source, true);
        String signature = text(node, "signature", source, true);
        try {
            return new Platform(new URI(url), signature);
        } catch (java.net.URISyntaxException e) {
            throw new UpdaterException("the `url` field of " + source + " is not a URL: " + url);
        }
    }

    private static String text(JsonNode node, String field, String source, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new UpdaterException("the `" + field + "` field was not set on the updater response from " + source);
            return null;
        }
        if (!v.isTextual()) throw new UpdaterException("the `" + field + "` field of the updater response from " + source + " is not a string");
        return v.asText();
    }
}
