package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code tauri:dev}: dev server, wait for devUrl, start the app, then on each batch of changes recompile (Java),
 * copy (resources) and restart the app. A failed compile leaves the running app alone. The session ends when
 * the app exits by itself with code 0 (its window closed), or on Ctrl-C (a shutdown hook), and either way the
 * app and the dev server are stopped with all their descendants. An app that crashes (non-zero exit) is
 * restarted on the next change, like a failed compile.
 */
public final class DevLoop {

    private static final Duration POLL = Duration.ofMillis(250);

    /**
     * Where changes go.
     *
     * @param javaRoots     Java source folders: a .java change recompiles
     * @param resourceRoots resource folders: a change is copied to {@code outputDir}
     * @param outputDir     the classes folder the app runs from
     */
    public record Layout(List<Path> javaRoots, List<Path> resourceRoots, Path outputDir) {
        public Layout {
            javaRoots = javaRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            resourceRoots = resourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            outputDir = outputDir.toAbsolutePath().normalize();
        }
    }

    private final BuildLog log;
    private final Frontend.Starter frontendStarter;
    private final AppLauncher launcher;
    private final Compiler compiler;
    private final ChangeSource changes;
    private final Layout layout;
    private final boolean shutdownHook;

    private final Object lock = new Object();
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private volatile boolean stopping;
    private RunningApp app; // guarded by lock
    private volatile Frontend frontend = Frontend.NONE;

    /**
     * @param changes      null for no watching ({@code -Dtauri.noWatch}): the session lasts as long as the app
     * @param shutdownHook true to stop everything on Ctrl-C (real runs); tests pass false
     */
    public DevLoop(BuildLog log, Frontend.Starter frontend, AppLauncher launcher, Compiler compiler, ChangeSource changes,
                   Layout layout, boolean shutdownHook) {
        this.log = log;
        this.frontendStarter = frontend;
        this.launcher = launcher;
        this.compiler = compiler;
        this.changes = changes;
        this.layout = layout;
        this.shutdownHook = shutdownHook;
    }

    /** Runs the session; returns the app's last exit code once it has ended and everything is stopped. */
    public int run() throws IOException, InterruptedException {
        Thread hook = new Thread(this::shutdown, "tauri-dev-shutdown");
        if (shutdownHook) Runtime.getRuntime().addShutdownHook(hook);
        try {
            frontend = frontendStarter.start();
            synchronized (lock) {
                if (stopping) return 130;
                app = launcher.launch();
            }
            log.info(changes == null ? "App started (not watching for changes)"
                    : "App started; watching for changes (Ctrl-C to stop)");
            return changes == null ? awaitExit(app) : watch();
        } finally {
            shutdown();
            if (shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook runs anyway
                }
            }
        }
    }

    private int watch() throws InterruptedException {
        while (!stopping) {
            RunningApp current;
            synchronized (lock) {
                current = app;
            }
            if (current != null && !current.isAlive()) {
                int code = current.onExit().join();
                if (code == 0 || stopping) {
                    log.info("The app exited" + (code == 0 ? "" : " with code " + code) + "; stopping the dev server");
                    return code;
                }
                log.warn("The app exited with code " + code + ": fix the problem and save, it restarts on the next change (Ctrl-C to stop)");
                synchronized (lock) {
                    if (app == current) app = null;
                }
            }
            Set<Path> batch = changes.next(POLL);
            if (!batch.isEmpty()) apply(batch);
        }
        return 130;
    }

    private int awaitExit(RunningApp running) throws InterruptedException {
        try {
            return running.onExit().get();
        } catch (ExecutionException e) {
            return 1;
        }
    }

    /** Recompile, copy, restart; called with one debounced batch. */
    void apply(Set<Path> batch) {
        long detected = System.nanoTime();
        List<Path> java = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path p : batch) {
            Path path = p.toAbsolutePath().normalize();
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) continue; // editor scratch files
            if (under(path, layout.javaRoots())) {
                if (name.endsWith(".java")) java.add(path);
            } else if (under(path, layout.resourceRoots())) {
                resources.add(path);
            } else {
                others.add(path);
            }
        }
        if (java.isEmpty() && resources.isEmpty() && others.isEmpty()) return;
        log.info("Changed: " + describe(java, resources, others) + (java.isEmpty() ? "; restarting the app" : "; recompiling"));
        if (!java.isEmpty() && !compiler.compile(List.copyOf(java), log)) {
            log.warn("Compilation failed: the app keeps running the last good build. Fix the errors above and save");
            return;
        }
        try {
            for (Path r : resources) copyResource(r);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not copy a changed resource to " + layout.outputDir() + ": " + e.getMessage());
        }
        synchronized (lock) {
            if (stopping) return;
            if (app != null) app.stop();
            try {
                app = launcher.launch();
            } catch (IOException | RuntimeException e) {
                app = null;
                log.warn("Could not start the app: " + e.getMessage() + ". It restarts on the next change");
                return;
            }
        }
        log.info("App restarted in " + (System.nanoTime() - detected) / 1_000_000 + " ms (change seen to new app started)");
    }

    private void copyResource(Path changed) throws IOException {
        for (Path root : layout.resourceRoots()) {
            if (!changed.startsWith(root)) continue;
            Path target = layout.outputDir().resolve(root.relativize(changed).toString());
            if (Files.isDirectory(changed)) {
                try (Stream<Path> walk = Files.walk(changed)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        if (Files.isRegularFile(p)) copyResource(p);
                    }
                }
            } else if (Files.exists(changed)) {
                Files.createDirectories(target.getParent());
                Files.copy(changed, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(target);
            }
            return;
        }
    }

    /** Stops the app, then the dev server; once. Runs from the shutdown hook on Ctrl-C. */
    private void shutdown() {
        if (!shutDown.compareAndSet(false, true)) return;
        stopping = true;
        synchronized (lock) {
            if (app != null) app.stop();
        }
        frontend.stop();
    }

    private static boolean under(Path path, List<Path> roots) {
        for (Path root : roots) if (path.startsWith(root)) return true;
        return false;
    }

    private static String describe(List<Path> java, List<Path> resources, List<Path> others) {
        List<Path> all = new ArrayList<>(java);
        all.addAll(resources);
        all.addAll(others);
        String first = all.getFirst().getFileName().toString();
        return all.size() == 1 ? first : first + " and " + (all.size() - 1) + " more";
    }
}
