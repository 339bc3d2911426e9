package dev.tauri4j.config;

import java.util.regex.Pattern;

/** Checks the version syntax of semver.org 2.0.0, which Tauri requires of {@code version}. */
final class Semver {

    private static final String NUMBER = "(0|[1-9][0-9]*)";
    private static final String IDENTS = "[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*";
    private static final Pattern VERSION =
            Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(-" + IDENTS + ")?(\\+" + IDENTS + ")?");

    private Semver() {
    }

    static boolean isValid(String version) {
        return VERSION.matcher(version).matches();
    }
}
