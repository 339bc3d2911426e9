package dev.tauri4j.build.importer;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.build.importer.rust.RustCommand;
import dev.tauri4j.build.importer.rust.RustEnum;
import dev.tauri4j.build.importer.rust.RustProject;
import dev.tauri4j.build.importer.rust.RustStruct;
import dev.tauri4j.build.importer.rust.RustUsage;
import dev.tauri4j.config.ConfigFiles;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.TauriConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code tauri:import}: turns a Tauri v2 project into a tauri4j one in place. The frontend, tauri.conf.json and the
 * capabilities stay; it writes the pom, {@code Main}, a {@code @Command} stub per Rust command and the records and
 * enums they use, grants the commands the frontend invokes, and reports what it could not map. Files that exist are
 * never overwritten (a second run writes only what is missing), except the report, TAURI-IMPORT.md.
 */
public final class TauriImport {

    /** The report's file name, in the project. */
    public static final String REPORT = "TAURI-IMPORT.md";

    private final ImportRequest request;
    private final BuildLog log;
    private final ImportReport report = new ImportReport();
    private final Path project;

    private TauriImport(ImportRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
        this.project = request.project().toAbsolutePath().normalize();
    }

    /** Runs the import; see the class comment. */
    public static ImportReport run(ImportRequest request, BuildLog log) {
        return new TauriImport(request, log).run();
    }

    private ImportReport run() {
        if (!Files.isDirectory(project)) {
            throw new ImportException("no folder " + project + ". Fix: point -Dtauri.import.from at a Tauri project"
                    + " (the folder with package.json and src-tauri/)");
        }
        Path config = ConfigFiles.locate(project);
        TauriConfig tauri = ConfigLoader.load(config).config();
        Path srcTauri = Files.isDirectory(project.resolve("src-tauri")) ? project.resolve("src-tauri") : config.getParent();
        RustProject rust;
        try {
            rust = RustProject.read(project, srcTauri);
        } catch (IllegalArgumentException e) {
            throw new ImportException("cannot read the Rust sources: " + e.getMessage() + ". Fix: make sure the crate"
                    + " compiles (cargo check) or move the file out of src-tauri/src", e);
        }
        String pkg = request.javaPackage().orElseGet(() -> javaPackage(tauri.identifier()));
        Map<String, RustStruct> structs = byName(rust.structs(), RustStruct::name);
        Map<String, RustEnum> enums = byName(rust.enums(), RustEnum::name);
        JavaTypeMapper mapper = new JavaTypeMapper(structs, enums);
        List<PortedCommand> commands = selected(rust).stream().map(c -> PortedCommand.of(c, mapper)).toList();
        log.info("tauri:import: " + commands.size() + " command(s) in " + project.relativize(srcTauri) + "/src, Java package " + pkg);

        Path javaDir = project.resolve("src/main/java").resolve(pkg.replace('.', '/'));
        Set<String> states = new LinkedHashSet<>();
        commands.forEach(c -> states.addAll(c.states()));
        writeCommands(javaDir, pkg, commands);
        writeTypes(javaDir, pkg, commands, structs, enums, mapper);
        for (String state : states) {
            write(javaDir.resolve(state + ".java"), JavaSources.state(pkg, state, Optional.ofNullable(structs.get(state))));
        }

        Path capabilityDir = config.getParent().resolve("capabilities");
        String capabilityName = project.relativize(capabilityDir).toString();
        CapabilityGrants capabilities = new CapabilityGrants(capabilityDir);
        FrontendScan frontend = FrontendScan.of(project);
        PluginNeeds plugins = PluginNeeds.of(rust.usages(), capabilities.pluginPrefixes(), frontend.npmPlugins(),
                capabilityName, report);
        write(javaDir.resolve("Main.java"), JavaSources.main(pkg, plugins.pluginClasses(), List.copyOf(states)));
        writePom(tauri, pkg, plugins);
        grant(capabilities, commands, frontend);
        usageNotes(rust.usages(), commands, states);

        write(project.resolve(REPORT), report.render(), true);
        for (String line : report.render().split("\n")) {
            if (!line.isBlank()) log.info(line);
        }
        return report;
    }

    /** The commands generate_handler! registers (all of them when there is no such list), each name once. */
    private List<RustCommand> selected(RustProject rust) {
        Map<String, RustCommand> byName = new LinkedHashMap<>();
        for (RustCommand c : rust.commands()) {
            RustCommand earlier = byName.putIfAbsent(c.name(), c);
            if (earlier != null) {
                report.note("two commands are named " + c.name() + " (" + earlier.location() + ", " + c.location() + ")",
                        "tauri4j commands share one namespace: port the second under another name and change its invoke calls");
            }
        }
        if (rust.handlers().isEmpty()) return List.copyOf(byName.values());
        List<RustCommand> selected = new ArrayList<>();
        for (String path : rust.handlers()) {
            String name = path.substring(path.lastIndexOf(':') + 1);
            RustCommand c = byName.get(name);
            if (c == null) {
                report.note("generate_handler! names " + path + ", but no #[tauri::command] fn " + name
                        + " is in src-tauri/src (a macro or another crate makes it)", "write it as an @Command method in Commands.java");
            } else if (!selected.contains(c)) {
                selected.add(c);
            }
        }
        for (RustCommand c : byName.values()) {
            if (!selected.contains(c)) {
                report.note("#[tauri::command] " + c.name() + " (" + c.location() + ") is not in generate_handler!, so the"
                        + " frontend could not call it: not generated", "none, unless it should be a command");
            }
        }
        return selected;
    }

    private void writeCommands(Path javaDir, String pkg, List<PortedCommand> commands) {
        Path file = javaDir.resolve("Commands.java");
        if (Files.isRegularFile(file)) {
            String existing = read(file);
            List<String> missing = commands.stream().map(c -> c.rust().name())
                    .filter(n -> !Pattern.compile("\\b" + Pattern.quote(n) + "\\s*\\(").matcher(existing).find()).toList();
            report.kept(rel(file), "it exists");
            if (!missing.isEmpty()) {
                report.note("Commands.java has no method for " + String.join(", ", missing),
                        "add an @Command method per command (delete Commands.java and run tauri:import again to get stubs)");
            }
            return;
        }
        write(file, JavaSources.commands(pkg, commands));
        commands.forEach(c -> c.notes().forEach(n -> report.note("command " + c.rust().name() + " (" + c.rust().location() + "): " + n,
                "see the Port: comment above its method in Commands.java")));
    }

    /** A record or enum for each crate type the commands name, and for the types those name in turn. */
    private void writeTypes(Path javaDir, String pkg, List<PortedCommand> commands, Map<String, RustStruct> structs,
            Map<String, RustEnum> enums, JavaTypeMapper mapper) {
        Deque<String> todo = new ArrayDeque<>();
        commands.forEach(c -> todo.addAll(c.declared()));
        Set<String> done = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!done.add(name)) continue;
            RustStruct struct = structs.get(name);
            if (struct != null) {
                if (!struct.isSerde()) {
                    report.note("the struct " + name + " (" + struct.location() + ") travels as JSON but derives neither"
                            + " Serialize nor Deserialize", "check the record " + name + ".java against what the frontend sends");
                }
                List<String> notes = new ArrayList<>();
                write(javaDir.resolve(name + ".java"), JavaSources.record(pkg, struct, mapper, notes));
                notes.forEach(n -> report.note(n, "see " + name + ".java"));
                for (RustStruct.Field f : struct.fields()) {
                    if (!f.skipped()) todo.addAll(mapper.map(f.type(), JavaTypeMapper.Position.FIELD).declared());
                }
            } else if (enums.containsKey(name)) {
                write(javaDir.resolve(name + ".java"), JavaSources.enumeration(pkg, enums.get(name)));
            }
        }
    }

    private void writePom(TauriConfig tauri, String pkg, PluginNeeds plugins) {
        Path pom = project.resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
            report.kept("pom.xml", "it exists");
            String text = read(pom);
            List<String> lacking = new ArrayList<>();
            if (!text.contains("tauri-maven-plugin")) lacking.add("the dev.tauri4j:tauri-maven-plugin with the build goal");
            if (!text.contains("tauri-processor")) lacking.add("dev.tauri4j:tauri-processor in annotationProcessorPaths");
            plugins.ported().stream().filter(p -> !text.contains("<artifactId>" + p + "</artifactId>"))
                    .forEach(p -> lacking.add("dev.tauri4j.plugins:" + p));
            if (!lacking.isEmpty()) {
                report.note("the existing pom.xml lacks " + String.join(", ", lacking),
                        "add them (delete pom.xml and run tauri:import again to get a complete one)");
            }
            return;
        }
        String artifactId = tauri.productName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        int dot = tauri.identifier().lastIndexOf('.');
        String groupId = dot > 0 ? tauri.identifier().substring(0, dot) : tauri.identifier();
        write(pom, PomFile.text(groupId, artifactId, tauri.version(), tauri.productName(), pkg + ".Main",
                request.tauri4jVersion(), plugins.ported()));
    }

    private void grant(CapabilityGrants capabilities, List<PortedCommand> commands, FrontendScan frontend) {
        Set<String> names = commands.stream().map(c -> c.rust().name()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> invoked = names.stream().filter(frontend.invoked()::contains).toList();
        CapabilityGrants.Grant grant = capabilities.grant(invoked);
        if (grant.file() != null) report.granted(rel(grant.file()), grant.added());
        frontend.invoked().stream().filter(n -> !names.contains(n)).forEach(n -> report.note(
                "the frontend invokes \"" + n + "\", which is no command of the Rust side",
                "write it as an @Command method and add \"allow-" + n + "\" to the capability"));
        names.stream().filter(n -> !frontend.invoked().contains(n)).forEach(n -> report.note(
                "no invoke(\"" + n + "\") was found in the frontend, so " + n + " is not granted",
                "add \"allow-" + n + "\" to the capability if the frontend calls it (through a variable, say)"));
    }

    private void usageNotes(List<RustUsage> usages, List<PortedCommand> commands, Set<String> states) {
        for (RustUsage u : usages) {
            switch (u.kind()) {
                case TRAY -> report.note("a tray icon is built in Rust (" + u.name() + " at " + u.location() + ")",
                        "tauri4j has no tray yet (README, \"Not yet\"): leave it out for now");
                case MENU -> report.note("a menu is built in Rust (" + u.name() + " at " + u.location() + ")",
                        "tauri4j has no native menus yet: leave it out, or build it in HTML");
                case SETUP -> report.note("setup code runs in Rust's .setup(...) (" + u.location() + ")",
                        "port it into Main's Tauri.builder().setup(app -> ...), which runs once the window is up");
                case MANAGE -> report.note("Rust manages state: .manage(" + u.name() + ") (" + u.location() + ")",
                        "Main manages a new instance of each state class the commands take; give it the same initial values");
                case PLUGIN -> { }
            }
        }
        for (String state : states) {
            List<String> async = commands.stream().filter(c -> c.rust().async() && c.states().contains(state))
                    .map(c -> c.rust().name()).toList();
            String fields = "port the fields of " + state + ".java from the Rust struct";
            report.note("commands share the state " + state + (async.isEmpty() ? "" : "; the async command(s) "
                    + String.join(", ", async) + " hold it across .await in Rust (a tokio Mutex or RwLock there)"),
                    fields + "; commands run on virtual threads concurrently, so guard them with java.util.concurrent"
                    + " types or a ReentrantLock (blocking is fine on a virtual thread, no async lock needed)");
        }
    }

    private void write(Path file, String text) {
        write(file, text, false);
    }

    private void write(Path file, String text, boolean replace) {
        if (!replace && Files.exists(file)) {
            report.kept(rel(file), "it exists");
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!replace) report.wrote(rel(file));
    }

    private String rel(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code com.tauri-app.app} is {@code com.tauri_app.app}: each segment a Java identifier. */
    static String javaPackage(String identifier) {
        List<String> parts = new ArrayList<>();
        for (String part : identifier.toLowerCase(java.util.Locale.ROOT).split("\\.")) {
            String p = part.replaceAll("[^a-z0-9_]", "_");
            if (p.isEmpty()) continue;
            if (!Character.isJavaIdentifierStart(p.charAt(0)) || !SerdeNames.isJavaName(p)) p = "_" + p;
            parts.add(p);
        }
        return parts.isEmpty() ? "app" : String.join(".", parts);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(name.apply(i), i));
        return map;
    }
}
