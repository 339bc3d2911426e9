package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.SystemOpener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Opens URLs and files with {@code xdg-open}, the desktop's default-app launcher. */
final class XdgOpen implements SystemOpener {

    private final List<String> command;

    /** @param command the launcher and its leading arguments; the target is added as one more argument */
    XdgOpen(List<String> command) {
        this.command = List.copyOf(command);
    }

    XdgOpen() {
        this(List.of("xdg-open"));
    }

    @Override
    public void open(String target) throws IOException {
        // an argument, never a shell string: a URL cannot become a command
        List<String> line = new ArrayList<>(command);
        line.add(target);
        new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }
}
