package dev.tauri4j.build.dev;

import java.io.IOException;

/** Starts the app; {@link DevLoop} calls it once at the start and again after each change. */
@FunctionalInterface
public interface AppLauncher {

    RunningApp launch() throws IOException;
}
