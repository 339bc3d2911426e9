package dev.tauri4j.build.info;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;

/** What {@code tauri:info} prints: the JDK and its tools, Node and package managers, WebKitGTK, packaging tools. */
public final class EnvironmentReport {

    private final List<Probe> probes;

    private EnvironmentReport(List<Probe> probes) {
        this.probes = List.copyOf(probes);
    }

    /** Looks at this machine through {@code host}; {@code mavenVersion} comes from the running Maven. */
    public static EnvironmentReport collect(Host host, String mavenVersion) {
        List<Probe> p = new ArrayList<>();
        Runtime.Version jdk = Runtime.version();
        p.add(new Probe("JDK", "everything", Optional.of(jdk + " (" + System.getProperty("java.home") + ")")
                .filter(v -> jdk.feature() >= 25), "install a JDK 25 and set JAVA_HOME to it", true));
        p.add(tool("jlink", "tauri:bundle"));
        p.add(tool("jpackage", "tauri:bundle"));
        p.add(new Probe("Maven", "everything", Optional.ofNullable(mavenVersion), "use the project's ./mvnw", true));
        p.add(new Probe("Node.js", "tauri:build, tauri:dev", host.firstLine(List.of("node", "--version")),
                "sudo apt-get install nodejs npm (Node 20+), or set <nodeVersion> in the plugin configuration", true));
        p.add(new Probe("npm", "tauri:build (package-lock.json or no lockfile)", host.firstLine(List.of("npm", "--version")),
                "sudo apt-get install npm", false));
        p.add(new Probe("pnpm", "tauri:build (pnpm-lock.yaml)", host.firstLine(List.of("pnpm", "--version")), "npm install -g pnpm", false));
        p.add(new Probe("yarn", "tauri:build (yarn.lock)", host.firstLine(List.of("yarn", "--version")), "npm install -g yarn", false));
        p.add(new Probe("bun", "tauri:build (bun.lock)", host.firstLine(List.of("bun", "--version")), "npm install -g bun", false));
        p.add(new Probe("WebKitGTK 4.1", "running the app", host.firstLine(List.of("dpkg-query", "-W", "-f=${Version}", "libwebkit2gtk-4.1-0")),
                "sudo apt-get install libwebkit2gtk-4.1-0", true));
        p.add(new Probe("fakeroot", "tauri:bundle (deb)", host.firstLine(List.of("fakeroot", "-v")), "sudo apt-get install fakeroot", false));
        p.add(new Probe("rpmbuild", "tauri:bundle (rpm)", host.firstLine(List.of("rpmbuild", "--version")), "sudo apt-get install rpm", false));
        p.add(new Probe("WebKitWebDriver", "end-to-end tests", host.firstLine(List.of("sh", "-c", "command -v WebKitWebDriver")),
                "sudo apt-get install webkit2gtk-driver", false));
        p.add(new Probe("Xvfb", "end-to-end tests without a display", host.firstLine(List.of("sh", "-c", "command -v Xvfb")),
                "sudo apt-get install xvfb", false));
        p.add(new Probe("minisign", "checking signatures by hand", host.firstLine(List.of("minisign", "-v")), "sudo apt-get install minisign", false));
        return new EnvironmentReport(p);
    }

    private static Probe tool(String name, String neededBy) {
        Optional<String> found = ToolProvider.findFirst(name).map(t -> "in " + System.getProperty("java.home"));
        return new Probe(name, neededBy, found, "use a full JDK 25 (not a jlinked runtime) as JAVA_HOME", true);
    }

    /** Every probe, in a stable order. */
    public List<Probe> probes() {
        return probes;
    }

    /** The probes that are required and missing. */
    public List<Probe> missingRequired() {
        return probes.stream().filter(p -> p.required() && !p.found()).toList();
    }

    /** The report as the user reads it: one line a probe, then the fixes for what is missing. */
    public String render() {
        StringBuilder out = new StringBuilder("tauri4j environment\n");
        int width = probes.stream().mapToInt(p -> p.name().length()).max().orElse(10) + 2;
        for (Probe p : probes) {
            String state = p.found() ? "✔ " + p.version().get() : (p.required() ? "✘ missing" : "- not found");
            out.append(String.format("  %-" + width + "s%s   [%s]%n", p.name(), state, p.neededBy()));
        }
        List<Probe> missing = probes.stream().filter(p -> !p.found()).toList();
        if (!missing.isEmpty()) {
            out.append("To install what is missing:\n");
            for (Probe p : missing) out.append("  ").append(p.name()).append(": ").append(p.fix()).append('\n');
        }
        return out.toString();
    }
}
