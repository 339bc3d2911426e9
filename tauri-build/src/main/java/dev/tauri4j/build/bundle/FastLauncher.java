package dev.tauri4j.build.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package's command, {@code /usr/bin/<name>}: a shell script that starts the bundled JVM with what jpackage's
 * launcher config says. jpackage's own launcher runs {@code rpm -qf} and {@code dpkg -S} through a shell on every
 * start to find its package (always, with no setting to skip it), which triples a trivial app's start time.
 * With an {@link AotCache} it also keeps a JDK AOT cache of the app's start in the user's cache folder.
 */
final class FastLauncher {

    private static final Pattern MACRO = Pattern.compile("\\$(APPDIR|BINDIR|ROOTDIR)");

    // An unusable cache (stale, truncated, another JDK's) is ignored by the JVM; these keep its notes off the terminal.
    private static final List<String> QUIET = List.of("-Xlog:aot=off", "-Xlog:cds=off");

    /**
     * Where the AOT cache lives: {@code ${XDG_CACHE_HOME:-$HOME/.cache}/<identifier>/<name>-<key>.aot}.
     *
     * @param identifier the app's reverse-domain id, the cache folder's name
     * @param key        changes with every build of different jars or options, so an upgrade never meets the old
     *                   cache (the JVM would ignore it, and it would never be rebuilt)
     */
    record AotCache(String identifier, String key) {

        /** The cache for this app image: the key hashes its launcher config, jars and runtime modules. */
        static AotCache of(String identifier, Path appImage) {
            try (Stream<Path> jars = Files.list(appImage.resolve("lib/app"))) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                List<Path> inputs = new ArrayList<>(jars.sorted().toList());
                inputs.add(appImage.resolve("lib/runtime/release"));
                inputs.add(appImage.resolve("lib/runtime/lib/modules"));
                for (Path p : inputs) {
                    try (InputStream in = new DigestInputStream(Files.newInputStream(p), sha)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                return new AotCache(identifier, HexFormat.of().formatHex(sha.digest(), 0, 8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private FastLauncher() {
    }

    /** The script for the app image at {@code /opt/<name>}, made from its {@code lib/app/<name>.cfg}. */
    static String script(Path appImage, String name, AotCache aot) {
        Path cfg = appImage.resolve("lib/app/" + name + ".cfg");
        try {
            return script(Files.readAllLines(cfg), name, aot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jpackage's launcher config " + cfg, e);
        }
    }

    static String script(List<String> cfgLines, String name) {
        return script(cfgLines, name, null);
    }

    static String script(List<String> cfgLines, String name, AotCache aot) {
        List<String> classpath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> defaultArgs = new ArrayList<>();
        String mainClass = null;
        for (String raw : cfgLines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("[") || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            switch (key) {
                case "app.classpath" -> classpath.add(value);
                case "app.mainclass" -> mainClass = value;
                case "java-options" -> options.add(value);
                case "arguments" -> defaultArgs.add(value);
                // Anything else changes how the app starts; better to stop than to start it differently. The cfg
                // comes from jpackage and the bundle's own options, so only a new jpackage gets here: a bug to fix.
                default -> throw new IllegalStateException("jpackage's launcher config has \"" + line
                        + "\", which the fast launcher does not handle");
            }
        }
        if (mainClass == null || classpath.isEmpty()) {
            throw new IllegalStateException("jpackage's launcher config names no main class or classpath");
        }

        String home = "/opt/" + name;
        StringBuilder sb = new StringBuilder();
        sb.append("#!/bin/sh\n");
        sb.append("# Starts ").append(name).append("'s bundled JVM directly: jpackage's launcher (")
                .append(home).append("/bin/").append(name).append(")\n");
        sb.append("# asks rpm and dpkg which package owns it on every start, which costs ~150 ms.\n");
        // Relative to this script first, so an extracted (not installed) package runs too.
        sb.append("case $0 in\n");
        sb.append("  */*) app=${0%/*}/../..").append(home).append(" ;;\n");
        sb.append("  *) app=").append(home).append(" ;;\n");
        sb.append("esac\n");
        sb.append("[ -x \"$app/lib/runtime/bin/java\" ] || app=").append(home).append('\n');
        if (!defaultArgs.isEmpty()) {
            sb.append("[ $# -gt 0 ] || set --");
            defaultArgs.forEach(a -> sb.append(' ').append(word(a)));
            sb.append('\n');
        }
        String cp = word(String.join(":", classpath));
        if (aot != null) cache(sb, aot, name, options, cp, mainClass);
        sb.append("exec \"$app/lib/runtime/bin/java\"");
        for (String option : options) sb.append(" \\\n  ").append(word(option));
        if (aot != null) QUIET.forEach(q -> sb.append(" \\\n  ").append(q));
        sb.append(" \\\n  -Djpackage.app-path=\"$app/bin/").append(name).append('"');
        sb.append(" \\\n  -cp ").append(cp);
        if (aot == null) sb.append(" \\\n  ").append(word(mainClass));
        sb.append(" \"$@\"\n");
        return sb.toString();
    }

    // First run: record (the JVM writes what it loaded at exit). Second run: assemble the cache from that record in
    // the background, detached, as it takes seconds. Later runs: use it. Any failure (no HOME, read-only cache
    // folder, a bad record) leaves the app starting as without a cache; a bad record is removed so the next run
    // records again. JVM options go first in "$@", before the main class and the user's arguments.
    private static void cache(StringBuilder sb, AotCache aot, String name, List<String> options, String cp,
                              String mainClass) {
        sb.append("cache=${XDG_CACHE_HOME:-$HOME/.cache}/").append(word(aot.identifier())).append('\n');
        sb.append("aot=$cache/").append(word(name + "-" + aot.key() + ".aot")).append('\n');
        sb.append("set -- ").append(word(mainClass)).append(" \"$@\"\n");
        sb.append("if [ -f \"$aot\" ]; then\n");
        sb.append("  set -- \"-XX:AOTCache=$aot\" \"$@\"\n");
        sb.append("elif [ -f \"$aot.conf\" ]; then\n");
        sb.append("  ( \"$app/lib/runtime/bin/java\"");
        for (String option : options) sb.append(' ').append(word(option));
        QUIET.forEach(q -> sb.append(' ').append(q));
        sb.append(" -XX:AOTMode=create \"-XX:AOTConfiguration=$aot.conf\" \"-XX:AOTCache=$aot.$$\" -cp ").append(cp)
                .append(" && mv -f \"$aot.$$\" \"$aot\"; rm -f \"$aot.$$\" \"$aot.conf\" ) </dev/null >/dev/null 2>&1 &\n");
        sb.append("elif mkdir -p \"$cache\" 2>/dev/null; then\n");
        // Recording prints "AOTConfiguration recorded" on stdout at exit, which only -DisplayVMOutput silences.
        sb.append("  set -- -XX:AOTMode=record \"-XX:AOTConfiguration=$aot.conf\" -XX:+UnlockDiagnosticVMOptions"
                + " -XX:-DisplayVMOutput \"$@\"\n");
        sb.append("fi\n");
    }

    /** One shell word: literal text single-quoted, jpackage's $APPDIR, $BINDIR and $ROOTDIR expanded. */
    static String word(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MACRO.matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(quote(text.substring(last, m.start())));
            sb.append(switch (m.group(1)) {
                case "APPDIR" -> "\"$app/lib/app\"";
                case "BINDIR" -> "\"$app/bin\"";
                default -> "\"$app\"";
            });
            last = m.end();
        }
        sb.append(quote(text.substring(last)));
        return sb.isEmpty() ? "''" : sb.toString();
    }

    private static String quote(String literal) {
        if (literal.isEmpty()) return "";
        if (literal.matches("[A-Za-z0-9_./:=,+@%-]+")) return literal;
        return "'" + literal.replace("'", "'\\''") + "'";
    }
}
