/**
 * The Maven-free core of {@code tauri:dev}: start the frontend dev server ({@link dev.tauri4j.build.dev.DevServer}),
 * wait for {@code build.devUrl} ({@link dev.tauri4j.build.dev.DevUrlWait}), run the app in a forked JVM
 * ({@link dev.tauri4j.build.dev.AppProcess}), watch the sources ({@link dev.tauri4j.build.dev.SourceWatcher}),
 * recompile through a {@link dev.tauri4j.build.dev.Compiler} and restart; {@link dev.tauri4j.build.dev.DevLoop}
 * puts them together.
 */
package dev.tauri4j.build.dev;
