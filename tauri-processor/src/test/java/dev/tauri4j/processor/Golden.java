package dev.tauri4j.processor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares generated text with a golden file under {@code src/test/resources/golden}; a mismatch fails with a
 * line diff. Run with {@code -Dgolden.update=true} to rewrite the golden files after an intended change.
 */
final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (actual == null) fail("nothing was generated for golden file " + file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) fail("no golden file " + file + "; run with -Dgolden.update=true to create it. Actual:\n" + actual);
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) fail("generated text differs from " + file + ":\n" + diff(expected, actual));
    }

    /** A plain line diff: {@code -} expected, {@code +} actual, around the first and every later difference. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append(String.format("%4d + %s%n", j + 1, b.get(j++)));
            } else {
                out.append(String.format("%4d - %s%n", i + 1, a.get(i++)));
            }
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) out.append("(the final newline differs)\n");
        return out.toString();
    }
}
