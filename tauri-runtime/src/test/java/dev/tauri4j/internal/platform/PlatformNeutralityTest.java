package dev.tauri4j.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Per-OS code lives only in {@code dev.tauri4j.internal.platform.<os>}: no other class of the runtime tests
 * {@code os.name} or names GTK, GDK, WebKit or XDG in its code or strings (comments may explain a quirk).
 */
class PlatformNeutralityTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PER_OS = Path.of("dev/tauri4j/internal/platform");
    private static final Pattern PER_OS_WORDS = Pattern.compile(
            "os\\.name|gtk_|gdk_|webkit_|WEBKIT_|Gtk|Gdk|WebKit|GTK|GDK|XDG_|xdg-");

    @Test
    void sharedCodeNamesNoOperatingSystemOrToolkit() throws IOException {
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(file);
                if (isPerOs(relative)) continue;
                scanned++;
                offences.addAll(offences(relative, Files.readString(file)));
            }
        }
        assertThat(scanned).as("shared source files scanned").isGreaterThan(50);
        assertThat(offences).as("per-OS words outside dev.tauri4j.internal.platform.<os>: move the code behind the"
                + " platform SPI").isEmpty();
    }

    @Test
    void theBridgeScriptTakesTheWebviewsTransportFromThePlatform() throws IOException {
        // bridge.js runs in every webview; window.webkit.messageHandlers or 'ipc://localhost' there would tie it to one
        Path bridge = Path.of("src/main/resources/dev/tauri4j/internal/ipc/bridge.js");
        List<String> lines = Files.readAllLines(bridge);
        List<String> offences = new ArrayList<>();
        Pattern perOs = Pattern.compile("(?i)webkit|chrome\\.webview|://localhost|\\.localhost|sep: '|delimiter: '");
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).replaceFirst("^\\s*//.*", "");
            if (perOs.matcher(code).find()) offences.add("bridge.js:" + (i + 1) + ": " + lines.get(i).strip());
        }
        assertThat(lines).hasSizeGreaterThan(50);
        assertThat(offences).as("per-webview facts in bridge.js: take them from BridgeTransport / schemeOrigin").isEmpty();
    }

    @Test
    void theScanFindsAWordInCodeAndInStringsButNotInComments() {
        String source = """
                class A {
                    // GTK does this: fine in a comment
                    /* WebKit
                       too */ String os = System.getProperty("os.name");
                    String s = "a \\" quote, then WEBKIT_INSPECTOR_SERVER"; /** Gdk */
                    String block = \"""
                        xdg-open
                        \""";
                    Object t = new GtkThing();
                }
                """;
        assertThat(offences(Path.of("A.java"), source)).containsExactly(
                "A.java:4: os.name", "A.java:5: WEBKIT_", "A.java:7: xdg-", "A.java:9: Gtk");
    }

    @Test
    void onlyTheOsPackagesBelowThePlatformArePerOs() {
        assertThat(isPerOs(Path.of("dev/tauri4j/internal/platform/linux/Gtk.java"))).isTrue();
        assertThat(isPerOs(Path.of("dev/tauri4j/internal/platform/windows/sub/X.java"))).isTrue();
        assertThat(isPerOs(Path.of("dev/tauri4j/internal/platform/WebviewPlatform.java"))).isFalse();
        assertThat(isPerOs(Path.of("dev/tauri4j/internal/runtime/LaunchMode.java"))).isFalse();
    }

    private static boolean isPerOs(Path relative) {
        return relative.startsWith(PER_OS) && relative.getNameCount() > PER_OS.getNameCount() + 1;
    }

    /** "File.java:line: word" for each per-OS word in code or strings. */
    static List<String> offences(Path file, String source) {
        List<String> out = new ArrayList<>();
        String[] lines = withoutComments(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PER_OS_WORDS.matcher(lines[i]);
            while (m.find()) out.add(file + ":" + (i + 1) + ": " + m.group());
        }
        return out;
    }

    /** The source with comments blanked out, line breaks kept; strings, chars and text blocks stay. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int j = i; j < end; j++) if (s.charAt(j) == '\n') out.append('\n');
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append(s, i, end);
                i = end;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
