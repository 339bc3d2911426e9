package dev.tauri4j.plugins.deeplink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The desktop schemes of {@code plugins.deep-link} in tauri.conf.json: {@code desktop} is one
 * {@code {"schemes": [...]}} or a list of them (Tauri's {@code DesktopProtocol}); {@code mobile} does not matter here.
 */
public record DeepLinkSchemes(List<String> schemes) {

    public DeepLinkSchemes {
        schemes = List.copyOf(schemes);
    }

    /** Reads {@code plugins.deep-link} (null when absent); fails naming the key and the fix. */
    public static DeepLinkSchemes of(Object config) {
        List<String> out = new ArrayList<>();
        if (config == null) return new DeepLinkSchemes(out);
        if (!(config instanceof Map<?, ?> map)) throw bad("plugins.deep-link", "an object");
        Object desktop = map.get("desktop");
        List<?> protocols = desktop == null ? List.of() : desktop instanceof List<?> l ? l : List.of(desktop);
        for (int i = 0; i < protocols.size(); i++) {
            String key = "plugins.deep-link.desktop" + (desktop instanceof List<?> ? "[" + i + "]" : "");
            if (!(protocols.get(i) instanceof Map<?, ?> protocol)) throw bad(key, "an object {\"schemes\": [...]}");
            Object schemes = protocol.get("schemes");
            if (!(schemes instanceof List<?> list)) throw bad(key + ".schemes", "a list of URL schemes");
            for (Object s : list) {
                if (!(s instanceof String scheme) || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                    throw bad(key + ".schemes", "a list of URL schemes (letters, digits, + - . and a letter first, without ://), not " + s);
                }
                out.add(scheme);
            }
        }
        return new DeepLinkSchemes(out);
    }

    private static IllegalArgumentException bad(String key, String what) {
        return new IllegalArgumentException("tauri.conf.json: " + key + " must be " + what
                + ". Fix: \"plugins\": {\"deep-link\": {\"desktop\": {\"schemes\": [\"my-app\"]}}}");
    }

    /**
     * The deep link in a launch's arguments: exactly one argument, a URL of one of the schemes (as Tauri reads argv);
     * the runtime's own {@code --automation} flag does not count.
     */
    public java.util.Optional<String> urlIn(List<String> launchArgs) {
        List<String> args = launchArgs.stream().filter(a -> !a.equals("--automation")).toList();
        if (args.size() != 1) return java.util.Optional.empty();
        String arg = args.getFirst();
        int colon = arg.indexOf(':');
        if (colon <= 0) return java.util.Optional.empty();
        try {
            java.net.URI uri = new java.net.URI(arg);
            return schemes.contains(uri.getScheme()) ? java.util.Optional.of(arg) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException notAUrl) {
            return java.util.Optional.empty();
        }
    }
}
