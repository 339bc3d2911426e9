package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the JDK modules the app's classpath needs, with jdeps, so jlink links nothing more. */
final class JdepsStep {

    // "jackson-databind-2.20.1.jar -> java.sql" or "com.fasterxml.jackson.databind -> java.sql"
    private static final Pattern EDGE = Pattern.compile("^(\\S+) -> (\\S+)$");
    private static final ModuleFinder SYSTEM = ModuleFinder.ofSystem();

    /**
     * The outcome.
     *
     * @param addModules the smallest list for jlink's {@code --add-modules}: no module another one already requires
     * @param leftOut    modules some jar references but declares {@code requires static}, with those jars
     */
    record Modules(List<String> addModules, Map<String, List<String>> leftOut) {
    }

    private JdepsStep() {
    }

    static Modules run(BundleRequest request, BuildLog log) {
        List<Path> archives = new ArrayList<>();
        archives.add(request.appJar());
        archives.addAll(request.dependencyJars());

        Set<String> needed = new TreeSet<>();
        Map<String, List<String>> leftOut = new TreeMap<>();
        try {
            perArchive(archives, needed, leftOut, log);
        } catch (BundleException e) {
            // A modular jar whose own requires are missing makes jdeps refuse module mode; class-path mode still works.
            log.warn("jdeps could not analyse the jars as modules, so optional (requires static) modules stay in: "
                    + e.getMessage().lines().reduce((a, b) -> b).orElse(""));
            needed.addAll(classPathMode(request, log));
            leftOut.clear();
        }

        // FFM, HTTP client sockets, crypto (EC and EdDSA too, since jdk.crypto.ec is gone on 25) all live in java.base.
        needed.add("java.base");
        for (String m : request.addModules()) {
            if (SYSTEM.find(m).isEmpty()) {
                throw new BundleException("addModules names " + m + ", which this JDK does not have. Fix: check the "
                        + "spelling against `java --list-modules`");
            }
            needed.add(m);
        }
        for (String m : request.excludeModules()) {
            if (m.equals("java.base")) throw new BundleException("java.base cannot be excluded: every runtime needs it");
            needed.remove(m);
        }
        List<String> add = withoutImplied(needed);
        leftOut.keySet().removeAll(closure(needed)); // e.g. java.xml comes with java.sql anyway
        log.info("jdeps: " + archives.size() + (archives.size() == 1 ? " jar" : " jars") + " -> --add-modules "
                + String.join(",", add)
                + (leftOut.isEmpty() ? "" : "; left out " + describe(leftOut)));
        return new Modules(add, leftOut);
    }

    private static void perArchive(List<Path> archives, Set<String> needed, Map<String, List<String>> leftOut,
                                   BuildLog log) {
        Map<String, Set<String>> optionalByName = new HashMap<>();
        for (Path jar : archives) {
            ModuleDescriptor d = descriptor(jar);
            boolean named = d != null && !d.isAutomatic();
            Set<String> optional = new HashSet<>();
            if (named) {
                d.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .forEach(r -> optional.add(r.name()));
            }
            // jdeps names a modular jar by its module name and any other jar by its file name.
            optionalByName.put(named ? d.name() : jar.getFileName().toString(), optional);
        }
        List<String> args = new ArrayList<>(List.of("-s", "--multi-release", release(), "--ignore-missing-deps"));
        archives.forEach(a -> args.add(a.toString()));
        String out = Tools.jdkTool("jdeps", args, log);
        for (String line : out.lines().toList()) {
            Matcher m = EDGE.matcher(line.strip());
            if (!m.matches() || SYSTEM.find(m.group(2)).isEmpty()) continue;
            String from = m.group(1);
            String module = m.group(2);
            if (optionalByName.getOrDefault(from, Set.of()).contains(module)) {
                leftOut.computeIfAbsent(module, k -> new ArrayList<>()).add(from);
            } else {
                needed.add(module);
            }
        }
    }

    private static List<String> classPathMode(BundleRequest request, BuildLog log) {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", release()));
        if (!request.dependencyJars().isEmpty()) {
            args.add("--class-path");
            args.add(String.join(java.io.File.pathSeparator,
                    request.dependencyJars().stream().map(Path::toString).toList()));
        }
        args.add(request.appJar().toString());
        String out = Tools.jdkTool("jdeps", args, log);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("java.base");
        return Arrays.stream(last.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ModuleDescriptor descriptor(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst().map(ModuleReference::descriptor).orElse(null);
        } catch (FindException e) {
            return null; // not a valid module (e.g. no derivable automatic name): jdeps treats it as a plain jar too
        }
    }

    // jlink pulls in every module that a listed one requires; listing those too only hides what really drove the size.
    static List<String> withoutImplied(Set<String> modules) {
        Set<String> implied = new HashSet<>();
        modules.forEach(m -> implied.addAll(requiredBy(m)));
        return modules.stream().filter(m -> !implied.contains(m)).sorted().toList();
    }

    /** The modules plus all they require, which is what jlink links. */
    static Set<String> closure(Set<String> modules) {
        Set<String> all = new HashSet<>(modules);
        modules.forEach(m -> all.addAll(requiredBy(m)));
        return all;
    }

    private static Set<String> requiredBy(String module) {
        Set<String> found = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(requiresOf(module));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (found.add(r)) todo.addAll(requiresOf(r));
        }
        return found;
    }

    private static List<String> requiresOf(String module) {
        return SYSTEM.find(module).map(ref -> ref.descriptor().requires().stream()
                        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name).toList())
                .orElse(List.of());
    }

    private static String release() {
        return Integer.toString(Runtime.version().feature());
    }

    private static String describe(Map<String, List<String>> leftOut) {
        StringBuilder sb = new StringBuilder();
        leftOut.forEach((m, jars) -> sb.append(sb.isEmpty() ? "" : ", ").append(m)
                .append(" (requires static in ").append(String.join(", ", jars)).append(')'));
        return sb.toString();
    }
}
