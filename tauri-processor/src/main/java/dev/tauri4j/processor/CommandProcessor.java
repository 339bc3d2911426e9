package dev.tauri4j.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * tauri4j's annotation processor: for the {@code @dev.tauri4j.Command} methods of a compilation it writes one
 * {@code GeneratedCommands} registrar per package, {@code META-INF/services/dev.tauri4j.CommandRegistrar},
 * {@code tauri4j/bindings.ts} and {@code tauri4j/commands.json}; the methods of a {@code @PluginCommands} plugin
 * class get a {@code <Class>_Commands} registrar of their own, in the plugin's namespace. Misuse is a compile error on the element.
 */
@SupportedAnnotationTypes(MethodAnalyzer.COMMAND)
public final class CommandProcessor extends AbstractProcessor {

    /** Where bindings.ts goes among the class output's resources. */
    public static final String BINDINGS = "tauri4j/bindings.ts";

    /** Where commands.json goes among the class output's resources. */
    public static final String COMMANDS = "tauri4j/commands.json";

    private static final String SERVICES = "META-INF/services/dev.tauri4j.CommandRegistrar";

    private final Map<String, CommandModel> commands = new TreeMap<>();
    private final Set<String> registrars = new TreeSet<>();
    private final Set<String> writtenPackages = new TreeSet<>();
    private TypeMapper mapper;
    private boolean failed;

    /** Made by javac through {@code META-INF/services/javax.annotation.processing.Processor}. */
    public CommandProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (mapper == null) mapper = new TypeMapper(processingEnv.getElementUtils());
        if (round.processingOver()) {
            if (!failed && !commands.isEmpty()) writeResources();
            return false;
        }
        TypeElement command = processingEnv.getElementUtils().getTypeElement(MethodAnalyzer.COMMAND);
        if (command == null) return false;
        MethodAnalyzer analyzer = new MethodAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), mapper);
        Map<String, List<CommandModel>> found = new TreeMap<>();
        Map<String, List<CommandModel>> plugins = new TreeMap<>();
        List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(command));
        for (Element element : annotated) {
            try {
                if (!(element instanceof ExecutableElement method)) {
                    throw new MethodAnalyzer.Problem("@Command goes on methods", element);
                }
                CommandModel model = analyzer.analyze(method);
                CommandModel clash = commands.putIfAbsent(model.invokeName(), model);
                if (clash != null) {
                    throw new MethodAnalyzer.Problem("duplicate command name '" + model.invokeName() + "': " + clash.owner() + "."
                            + clash.method() + " has it too. Fix: rename one with @Command(\"otherName\")", method);
                }
                String function = model.function();
                for (CommandModel other : commands.values()) {
                    if (other != model && other.function().equals(function)) {
                        throw new MethodAnalyzer.Problem("commands '" + other.invokeName() + "' and '" + model.invokeName() + "' both become the"
                                + " TypeScript function " + function + ". Fix: rename one with @Command(\"otherName\")", method);
                    }
                }
                if (writtenPackages.contains(model.packageName())) {
                    throw new MethodAnalyzer.Problem("@Command method in package " + model.packageName() + " found in a later"
                            + " processing round, after its registrar was written. Fix: declare it in another package", method);
                }
                if (model.plugin() != null) plugins.computeIfAbsent(model.owner(), k -> new ArrayList<>()).add(model);
                else found.computeIfAbsent(model.packageName(), k -> new ArrayList<>()).add(model);
            } catch (MethodAnalyzer.Problem p) {
                failed = true;
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, p.getMessage(), p.element);
            }
        }
        if (failed) return true;
        for (Map.Entry<String, List<CommandModel>> e : found.entrySet()) writeRegistrar(e.getKey(), e.getValue());
        for (List<CommandModel> e : plugins.values()) writePluginRegistrar(e);
        return true;
    }

    /** A plugin class's registrar: not listed in META-INF/services, the runtime calls it when the plugin is set up. */
    private void writePluginRegistrar(List<CommandModel> models) {
        CommandModel first = models.getFirst();
        String pkg = first.packageName();
        String local = pkg.isEmpty() ? first.owner() : first.owner().substring(pkg.length() + 1);
        String name = RegistrarWriter.pluginClassName(pkg, local);
        List<CommandModel> sorted = models.stream().sorted(Comparator.comparing(CommandModel::name)).toList();
        Element origin = first.element().getEnclosingElement();
        try (Writer out = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
            out.write(RegistrarWriter.writePlugin(name, sorted));
        } catch (IOException e) {
            error("cannot generate " + name + ": " + e.getMessage() + ". Fix: rename your class " + name, origin);
        }
    }

    private void writeRegistrar(String packageName, List<CommandModel> models) {
        String name = packageName.isEmpty() ? RegistrarWriter.CLASS_NAME : packageName + "." + RegistrarWriter.CLASS_NAME;
        List<CommandModel> sorted = models.stream().sorted(Comparator.comparing(CommandModel::name)).toList();
        Element[] origins = sorted.stream().map(m -> (Element) m.element().getEnclosingElement()).distinct().toArray(Element[]::new);
        try (Writer out = processingEnv.getFiler().createSourceFile(name, origins).openWriter()) {
            out.write(RegistrarWriter.write(packageName, sorted));
        } catch (IOException e) {
            // a FilerException: the compilation has its own class by that name
            error("cannot generate " + name + ": " + e.getMessage() + ". Fix: rename your class " + RegistrarWriter.CLASS_NAME, origins[0]);
            return;
        }
        writtenPackages.add(packageName);
        registrars.add(name);
    }

    private void writeResources() {
        List<CommandModel> all = List.copyOf(commands.values());
        write(BINDINGS, BindingsWriter.write(all, mapper.decls().values()));
        write(COMMANDS, CommandsJson.write(all));
        write(SERVICES, String.join("\n", registrars) + "\n");
    }

    private void write(String path, String text) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (OutputStream out = file.openOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "tauri4j: cannot write " + path + ": " + e.getMessage());
        }
    }

    private void error(String message, Element element) {
        failed = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
