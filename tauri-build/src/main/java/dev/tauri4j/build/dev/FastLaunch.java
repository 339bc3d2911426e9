package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * {@code tauri:dev}'s quicker app start: the JVM's class path holds only the jars, the app's class folders are
 * loaded by the runtime's {@code DevLauncher} in a child class loader, and that lets the JDK's AOT cache
 * ({@link AotCache}) cover the JDK's and the jars' classes. Apps whose runtime is not a jar (a reactor build) start
 * the plain way.
 */
public final class FastLaunch implements AppLauncher {

    static final String LAUNCHER = "dev.tauri4j.internal.runtime.DevLauncher";
    /** C1 only (no C2 compiles competing with start-up), and the serial collector (no GC threads to start). */
    static final List<String> DEV_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String LAUNCHER_CLASS = LAUNCHER.replace('.', '/') + ".class";

    private final AppProcess.Launch launch;
    private final AotCache cache;
    private final BuildLog log;

    private FastLaunch(AppProcess.Launch launch, AotCache cache, BuildLog log) {
        this.launch = launch;
        this.cache = cache;
        this.log = log;
    }

    /**
     * The launcher for {@code launch}: through {@code DevLauncher} with the AOT cache in {@code cacheDir} when a
     * class path jar has it, else the plain {@link AppProcess#launcher}.
     */
    public static AppLauncher of(AppProcess.Launch launch, Path cacheDir, BuildLog log) {
        Optional<AppProcess.Launch> split = split(launch);
        if (split.isEmpty()) {
            log.debug("No tauri-runtime jar with " + LAUNCHER + " on the class path: the app starts without the AOT cache");
            return AppProcess.launcher(launch, log);
        }
        return new FastLaunch(split.get(), new AotCache(cacheDir, log), log);
    }

    /**
     * {@code launch} rewritten: jars on the class path, folders (and anything else) handed to {@code DevLauncher};
     * empty when no jar holds {@code DevLauncher}.
     */
    static Optional<AppProcess.Launch> split(AppProcess.Launch launch) {
        List<Path> jars = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        boolean launcher = false;
        for (Path entry : launch.classpath()) {
            if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                jars.add(entry);
                launcher = launcher || holdsLauncher(entry);
            } else {
                folders.add(entry.toAbsolutePath().toString());
            }
        }
        if (!launcher) return Optional.empty();
        // measured quicker for a dev app's short life on few cores; the user's own options come after and win
        List<String> jvmArgs = new ArrayList<>(DEV_JVM_OPTIONS);
        jvmArgs.addAll(launch.jvmArgs());
        jvmArgs.add("-Dtauri.dev.main=" + launch.mainClass());
        jvmArgs.add("-Dtauri.dev.classes=" + String.join(File.pathSeparator, folders));
        return Optional.of(new AppProcess.Launch(launch.java(), jars, LAUNCHER, launch.config(), jvmArgs, launch.args(),
                launch.workingDir(), launch.inheritIo(), launch.automationPort()));
    }

    private static boolean holdsLauncher(Path jar) {
        if (!jar.getFileName().toString().startsWith("tauri-runtime")) return false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(LAUNCHER_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public RunningApp launch() throws IOException {
        AotCache.Use use = cache.next(launch);
        List<String> jvmArgs = new ArrayList<>(cache.flags(use));
        jvmArgs.addAll(launch.jvmArgs());
        AppProcess app = AppProcess.start(new AppProcess.Launch(launch.java(), launch.classpath(), launch.mainClass(),
                launch.config(), jvmArgs, launch.args(), launch.workingDir(), launch.inheritIo(), launch.automationPort()), log);
        if (use == AotCache.Use.RECORD) {
            // assembling takes a few seconds of CPU: after the recording JVM is gone, off the dev loop's thread
            app.onExit().handleAsync((code, error) -> {
                cache.recorded(launch);
                return null;
            });
        }
        return app;
    }
}
