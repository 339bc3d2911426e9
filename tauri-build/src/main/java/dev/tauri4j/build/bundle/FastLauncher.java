package dev.tauri4j.build.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package's command, {@code /usr/bin/<name>}: a shell script that starts the bundled JVM with what jpackage's
 * launcher config says. jpackage's own launcher runs {@code rpm -qf} and {@code dpkg -S} through a shell on every
 * start to find its package (always, with no setting to skip it), which triples a trivial app's start time.
 */
final class FastLauncher {

    private static final Pattern MACRO = Pattern.compile("\\$(APPDIR|BINDIR|ROOTDIR)");

    private FastLauncher() {
    }

    /** The script for the app image at {@code /opt/<name>}, made from its {@code lib/app/<name>.cfg}. */
    static String script(Path appImage, String name) {
        Path cfg = appImage.resolve("lib/app/" + name + ".cfg");
        try {
            return script(Files.readAllLines(cfg), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jpackage's launcher config " + cfg, e);
        }
    }

    static String script(List<String> cfgLines, String name) {
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
        sb.append("exec \"$app/lib/runtime/bin/java\"");
        for (String option : options) sb.append(" \\\n  ").append(word(option));
        sb.append(" \\\n  -Djpackage.app-path=\"$app/bin/").append(name).append('"');
        sb.append(" \\\n  -cp ").append(word(String.join(":", classpath)));
        sb.append(" \\\n  ").append(word(mainClass)).append(" \"$@\"\n");
        return sb.toString();
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
