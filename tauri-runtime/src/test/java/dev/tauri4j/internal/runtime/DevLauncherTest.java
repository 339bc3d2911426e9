package dev.tauri4j.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tauri4j.CommandRegistrar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev launcher, run on a probe app compiled at test time; public so that app (in a child loader) can report back. */
public class DevLauncherTest {

    /** What the compiled probe app saw from inside its main; public so the app (in a child loader) reaches it. */
    public static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    private static final String APP = """
            package probe;

            import dev.tauri4j.CommandRegistrar;
            import java.util.Map;
            import java.util.ServiceLoader;

            public class App {
                public static void main(String[] args) {
                    Map<String, String> seen = dev.tauri4j.internal.runtime.DevLauncherTest.SEEN;
                    ClassLoader context = Thread.currentThread().getContextClassLoader();
                    seen.put("args", String.join(",", args));
                    seen.put("loader", String.valueOf(App.class.getClassLoader().getName()));
                    seen.put("context", String.valueOf(context == App.class.getClassLoader()));
                    seen.put("config", String.valueOf(context.getResource("tauri.conf.json") != null));
                    seen.put("classBytes", String.valueOf(App.class.getResourceAsStream("/probe/App.class") != null));
                    for (CommandRegistrar r : ServiceLoader.load(CommandRegistrar.class, context)) seen.put("registrar", r.getClass().getName());
                    if (args.length > 0 && args[0].equals("fail")) throw new IllegalStateException("the app's own failure");
                }
            }
            """;

    private static final String REGISTRAR = """
            package probe;

            public class Commands implements dev.tauri4j.CommandRegistrar {
                public void register(dev.tauri4j.Tauri.Builder builder) {}
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @Test
    void runsTheAppFromItsClassFolderInAChildLoaderThatIsTheContextLoader() throws Exception {
        Path classes = compileApp();
        Throwable error = launch(classes, "probe.App", "one", "two");

        assertEquals(null, error);
        assertEquals("one,two", SEEN.get("args"));
        assertEquals("app", SEEN.get("loader"), "the app's classes come from the child loader, not the JVM's class path");
        assertEquals("true", SEEN.get("context"));
        assertEquals("true", SEEN.get("config"), "resources of the class folder are found through the context loader");
        assertEquals("true", SEEN.get("classBytes"), "LocalVariables reads a class's bytes as a resource of its class");
        assertEquals("probe.Commands", SEEN.get("registrar"), "@Command registrars are found through META-INF/services");
    }

    @Test
    void theAppsOwnExceptionComesOutUnwrapped() throws Exception {
        Throwable error = launch(compileApp(), "probe.App", "fail");

        assertTrue(error instanceof IllegalStateException && error.getMessage().equals("the app's own failure"), String.valueOf(error));
    }

    @Test
    void aMissingMainClassOrMainMethodIsNamed() throws Exception {
        Path classes = compileApp();

        assertTrue(launch(classes, "probe.Nope") instanceof ClassNotFoundException);
        Throwable noMain = launch(classes, "probe.Commands");
        assertTrue(noMain.getMessage().contains("no public static main method in probe.Commands"), noMain.getMessage());
        System.clearProperty(DevLauncher.MAIN);
        Throwable unset = assertThrows(IllegalStateException.class, () -> DevLauncher.main(new String[0]));
        assertTrue(unset.getMessage().contains("-Dtauri.dev.main="), unset.getMessage());
    }

    @Test
    void noFoldersMeansTheParentLoader() throws Exception {
        ClassLoader parent = getClass().getClassLoader();

        assertEquals(parent, DevLauncher.loader("", parent));
        assertEquals(parent, DevLauncher.loader(File.pathSeparator, parent));
    }

    /** Runs DevLauncher.main on its own thread (it sets that thread's context loader); returns what it threw. */
    private static Throwable launch(Path classes, String main, String... args) throws InterruptedException {
        System.setProperty(DevLauncher.MAIN, main);
        System.setProperty(DevLauncher.CLASSES, classes + File.pathSeparator + classes.resolve("missing"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                DevLauncher.main(args);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        thread.start();
        thread.join();
        System.clearProperty(DevLauncher.MAIN);
        System.clearProperty(DevLauncher.CLASSES);
        return thrown.get();
    }

    private Path compileApp() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/probe"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(src.resolve("App.java"), APP);
        Files.writeString(src.resolve("Commands.java"), REGISTRAR);
        String cp = String.join(File.pathSeparator, location(CommandRegistrar.class), location(DevLauncherTest.class));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, System.err, "-cp", cp, "-d", classes.toString(),
                src.resolve("App.java").toString(), src.resolve("Commands.java").toString());
        assertEquals(0, status, "javac");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/" + CommandRegistrar.class.getName()), "probe.Commands\n");
        Files.writeString(classes.resolve("tauri.conf.json"), "{}");
        // the parent (the JVM's class path) must not see the app: that is the point of the child loader
        assertThrows(ClassNotFoundException.class, () -> Class.forName("probe.App", false, DevLauncherTest.class.getClassLoader()));
        return classes;
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
