package dev.tauri4j.build.frontend;

import java.util.List;
import java.util.Objects;

/**
 * One command of the frontend build.
 *
 * @param display      how the user would type it, e.g. "npm ci"; used in logs and error messages
 * @param program      the executable, looked up on the build's PATH
 * @param arguments    its arguments
 * @param whenMissing  the fix to print when {@code program} is not on the PATH
 */
record ToolCommand(String display, String program, List<String> arguments, String whenMissing) {

    ToolCommand {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(program, "program");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(whenMissing, "whenMissing");
    }

    /** A command line run through {@code sh -c}, as Tauri runs {@code beforeBuildCommand}. */
    static ToolCommand shell(String commandLine) {
        return new ToolCommand(commandLine, "sh", List.of("-c", commandLine),
                "install a POSIX shell, or build the frontend yourself and skip the frontend build");
    }
}
