package dev.tauri4j.build.frontend;

import dev.tauri4j.config.UserFixableException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** The frontend build could not run or failed; the message names the command, shows its output and the fix. */
public final class FrontendBuildException extends UserFixableException {

    private final String command;
    private final Integer exitCode;
    private final List<String> output;

    /** A failure before or around a command, such as a missing tool or an unreadable package.json. */
    public FrontendBuildException(String message) {
        this(message, null, null, List.of(), null);
    }

    /** A failure before or around a command, caused by {@code cause}. */
    public FrontendBuildException(String message, Throwable cause) {
        this(message, null, null, List.of(), cause);
    }

    private FrontendBuildException(String message, String command, Integer exitCode, List<String> output,
                                   Throwable cause) {
        super(message, cause);
        this.command = command;
        this.exitCode = exitCode;
        this.output = List.copyOf(output);
    }

    /** A command that ran and exited with a non-zero code. */
    static FrontendBuildException exited(String command, Path dir, int exitCode, List<String> lastLines,
                                         String fix) {
        StringBuilder message = new StringBuilder("Frontend build failed: `").append(command)
                .append("` exited with code ").append(exitCode).append(" in ").append(dir).append('.');
        if (lastLines.isEmpty()) {
            message.append(" It printed nothing.");
        } else {
            message.append(" Last ").append(lastLines.size()).append(" lines of its output:");
            for (String line : lastLines) message.append("\n  | ").append(line);
        }
        message.append("\nFix: ").append(fix);
        return new FrontendBuildException(message.toString(), command, exitCode, lastLines, null);
    }

    /** The command as the user would type it, or null when the failure came before any command ran. */
    public String command() {
        return command;
    }

    /** The command's exit code, when it ran to completion. */
    public OptionalInt exitCode() {
        return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** The last lines the command printed (stdout and stderr interleaved), oldest first. */
    public List<String> output() {
        return output;
    }
}
