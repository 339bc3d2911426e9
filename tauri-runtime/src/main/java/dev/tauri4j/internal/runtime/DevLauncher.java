package dev.tauri4j.internal.runtime;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of an app started by {@code tauri:dev}: the JVM's class path holds only jars (so the JDK's AOT
 * cache can cover them, which HotSpot refuses while a non-empty folder is on the class path), and the app's own
 * class folders are loaded by a child class loader, which also becomes the thread's context class loader (where
 * the runtime finds {@code @Command} registrars, the config and capabilities).
 *
 * <p>{@code java -Dtauri.dev.classes=<folders> -Dtauri.dev.main=<app main class> -cp <jars> dev.tauri4j.internal.runtime.DevLauncher <args>}
 */
public final class DevLauncher {

    /** The app's class folders, separated by {@link File#pathSeparator}. */
    public static final String CLASSES = "tauri.dev.classes";
    /** The app's main class. */
    public static final String MAIN = "tauri.dev.main";

    private DevLauncher() {}

    public static void main(String[] args) throws Throwable {
        String main = System.getProperty(MAIN);
        if (main == null || main.isBlank()) {
            throw new IllegalStateException("no app main class: pass -D" + MAIN + "=com.example.App (tauri:dev sets it)");
        }
        ClassLoader loader = loader(System.getProperty(CLASSES, ""), DevLauncher.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        run(Class.forName(main, true, loader), args);
    }

    /** A child of {@code parent} that loads from {@code folders} ({@link File#pathSeparator}-separated; empty: none). */
    static ClassLoader loader(String folders, ClassLoader parent) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String folder : folders.split(File.pathSeparator)) {
            // a trailing slash is what makes URLClassLoader treat the URL as a folder
            if (!folder.isBlank()) urls.add(Path.of(folder).toAbsolutePath().toUri().toURL());
        }
        return urls.isEmpty() ? parent : new URLClassLoader("app", urls.toArray(URL[]::new), parent);
    }

    /** Calls {@code static main(String[])}, or {@code static main()}; the app's own exceptions pass through unwrapped. */
    static void run(Class<?> app, String[] args) throws Throwable {
        Method main;
        Object[] arguments;
        try {
            main = app.getMethod("main", String[].class);
            arguments = new Object[] {args};
        } catch (NoSuchMethodException e) {
            try {
                main = app.getMethod("main");
                arguments = new Object[0];
            } catch (NoSuchMethodException none) {
                throw new IllegalStateException("no public static main method in " + app.getName()
                        + ". Fix: point <mainClass> / -Dtauri.mainClass at the class that starts the app");
            }
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new IllegalStateException("main in " + app.getName() + " is not static. Fix: declare it public static void main(String[] args)");
        }
        try {
            main.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
