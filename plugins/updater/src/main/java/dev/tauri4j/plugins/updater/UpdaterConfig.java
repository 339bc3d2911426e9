package dev.tauri4j.plugins.updater;

import dev.tauri4j.crypto.minisign.MinisignException;
import dev.tauri4j.crypto.minisign.MinisignPublicKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code plugins.updater} in tauri.conf.json, as Tauri's updater reads it: {@code pubkey} (the base64 of a minisign
 * public key file, what {@code tauri signer generate} prints), {@code endpoints} (tried in order, with
 * {@code {{current_version}}}, {@code {{target}}} and {@code {{arch}}} in them) and
 * {@code dangerousInsecureTransportProtocol} (allow {@code http://}). {@code windows} means nothing on Linux.
 *
 * @param pubkey    the key every download must be signed with
 * @param endpoints the endpoint templates, variables not yet replaced
 */
public record UpdaterConfig(MinisignPublicKey pubkey, List<String> endpoints, boolean dangerousInsecureTransportProtocol) {

    private static final String FIX = " Fix: \"plugins\": {\"updater\": {\"pubkey\": \"<the base64 line tauri signer generate"
            + " printed>\", \"endpoints\": [\"https://releases.example.com/{{target}}/{{arch}}/{{current_version}}\"]}}";

    public UpdaterConfig {
        endpoints = List.copyOf(endpoints);
    }

    /** Reads {@code plugins.updater} (its parsed JSON value); fails naming the field and the fix. */
    public static UpdaterConfig of(Object config) {
        if (!(config instanceof Map<?, ?> map)) {
            throw bad("plugins.updater", config == null ? "present (the updater needs a pubkey and endpoints)" : "an object");
        }
        boolean insecure = switch (map.get("dangerousInsecureTransportProtocol")) {
            case null -> false;
            case Boolean b -> b;
            default -> throw bad("plugins.updater.dangerousInsecureTransportProtocol", "true or false");
        };
        if (!(map.get("pubkey") instanceof String pubkey) || pubkey.isBlank()) {
            throw bad("plugins.updater.pubkey", "the public key as a string");
        }
        MinisignPublicKey key;
        try {
            key = MinisignPublicKey.parse(pubkey, "plugins.updater.pubkey");
        } catch (MinisignException e) {
            throw new IllegalArgumentException("tauri.conf.json: " + e.getMessage() + "." + FIX, e);
        }
        Object raw = map.get("endpoints");
        if (raw != null && !(raw instanceof List<?>)) throw bad("plugins.updater.endpoints", "a list of URLs");
        List<String> endpoints = new ArrayList<>();
        List<?> list = raw == null ? List.of() : (List<?>) raw;
        for (int i = 0; i < list.size(); i++) {
            String field = "plugins.updater.endpoints[" + i + "]";
            if (!(list.get(i) instanceof String endpoint)) throw bad(field, "a URL string");
            endpoints.add(validate(endpoint, insecure, field));
        }
        return new UpdaterConfig(key, endpoints, insecure);
    }

    /** Checks that an endpoint is an absolute http(s) URL, https unless {@code insecure}; answers it. */
    static String validate(String endpoint, boolean insecure, String field) {
        URI uri;
        try {
            uri = new URI(endpoint.replace("{{", "%7B%7B").replace("}}", "%7D%7D"));
        } catch (URISyntaxException e) {
            throw bad(field, "a valid URL, not " + endpoint + " (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) throw bad(field, "an http(s) URL, not " + endpoint);
        if (scheme.equals("http") && !insecure) {
            throw new IllegalArgumentException("tauri.conf.json: " + field + " is " + endpoint + ", but the updater only"
                    + " uses https. Fix: serve the updates over https, or set \"dangerousInsecureTransportProtocol\": true"
                    + " in plugins.updater (only for tests or a trusted network)");
        }
        return endpoint;
    }

    private static IllegalArgumentException bad(String field, String what) {
        return new IllegalArgumentException("tauri.conf.json: " + field + " must be " + what + "." + FIX);
    }
}
