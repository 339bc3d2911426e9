package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The app in a forked JVM in dev mode: {@code java --enable-native-access=ALL-UNNAMED -Dtauri.dev=true
 * -Dtauri.config=<config> -cp <classpath> <mainClass>}. Stopping ends the JVM and its descendants (WebKit's
 * web and network processes).
 */
public final class AppProcess implements RunningApp {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Process process;

    private AppProcess(Process process) {
        this.process = process;
    }

    /**
     * How to start the app.
     *
     * @param java       the java executable
     * @param classpath  the app's runtime classpath, its classes folder first
     * @param mainClass  the class with {@code main}
     * @param config     the Tauri config file (made absolute)
     * @param jvmArgs    more JVM options, before the main class
     * @param args       program arguments
     * @param workingDir the app's working directory
     * @param inheritIo  true: the app writes straight to this terminal; false: its output goes to the log
     * @param automationPort 0, or the loopback port where the app lets WebDriver drive it
     *                   ({@code WebKitWebDriver --target=127.0.0.1:<port>}): it gets {@code --automation} and
     *                   {@code WEBKIT_INSPECTOR_SERVER}
     */
    public record Launch(Path java, List<Path> classpath, String mainClass, Path config, List<String> jvmArgs,
                         List<String> args, Path workingDir, boolean inheritIo, int automationPort) {
        public Launch {
            if (automationPort < 0 || automationPort > 65535) {
                throw new DevException("the automation port " + automationPort + " is not a TCP port."
                        + " Fix: pass -Dtauri.dev.automation=<1-65535>, or leave it out");
            }
            classpath = List.copyOf(classpath);
            jvmArgs = List.copyOf(jvmArgs);
            args = List.copyOf(args);
            if (mainClass == null || mainClass.isBlank()) {
                throw new DevException("no main class to run. Fix: set <mainClass> in the tauri plugin's configuration or -Dtauri.mainClass");
            }
        }

        /** Without automation. */
        public Launch(Path java, List<Path> classpath, String mainClass, Path config, List<String> jvmArgs,
                      List<String> args, Path workingDir, boolean inheritIo) {
            this(java, classpath, mainClass, config, jvmArgs, args, workingDir, inheritIo, 0);
        }

        /**
         * Variables set for the app: with automation, WebKit's inspector server on the loopback port, which is
         * where {@code WebKitWebDriver --target} connects (and what makes the runtime allow automation).
         */
        public Map<String, String> environment() {
            return automationPort == 0 ? Map.of() : Map.of("WEBKIT_INSPECTOR_SERVER", "127.0.0.1:" + automationPort);
        }

        /** The java of the JVM running this code. */
        public static Path currentJava() {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }

        /** The full command line. */
        public List<String> command() {
            List<String> cmd = new ArrayList<>();
            cmd.add(java.toString());
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.add("-Dtauri.dev=true");
            cmd.add("-Dtauri.config=" + config.toAbsolutePath().normalize());
            cmd.addAll(jvmArgs);
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
            cmd.add(mainClass);
            cmd.addAll(args);
            if (automationPort != 0 && !args.contains("--automation")) cmd.add("--automation");
            return cmd;
        }
    }

    public static AppProcess start(Launch launch, BuildLog log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(launch.command()).directory(launch.workingDir().toFile());
        pb.environment().putAll(launch.environment());
        if (launch.inheritIo()) {
            pb.inheritIO();
        } else {
            pb.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        }
        log.debug("Starting the app: " + String.join(" ", launch.command()));
        Process process = pb.start();
        if (!launch.inheritIo()) {
            process.getOutputStream().close();
            OutputPump.start("app-output", process.getInputStream(), line -> log.info("[app] " + line));
        }
        return new AppProcess(process);
    }

    /** An {@link AppLauncher} that starts {@code launch} each time. */
    public static AppLauncher launcher(Launch launch, BuildLog log) {
        return () -> start(launch, log);
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM (the JVM runs its shutdown hooks), 5 s grace, then SIGKILL; WebKit's helper processes too. */
    @Override
    public void stop() {
        ProcessTree.stop(process.toHandle(), GRACE);
    }
}
