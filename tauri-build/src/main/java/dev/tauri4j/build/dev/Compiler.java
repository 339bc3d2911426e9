package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.nio.file.Path;
import java.util.List;

/** Recompiles the app's Java sources after a change; the build tool supplies its own settings. */
@FunctionalInterface
public interface Compiler {

    /**
     * Compiles; errors go to {@code log} with file and line.
     *
     * @param changed the Java files that changed (a compiler may still compile everything)
     * @return true when the output is up to date and the app may restart
     */
    boolean compile(List<Path> changed, BuildLog log);
}
