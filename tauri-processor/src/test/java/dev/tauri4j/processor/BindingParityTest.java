package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.App;
import dev.tauri4j.CommandRegistrar;
import dev.tauri4j.Tauri;
import dev.tauri4j.Window;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.internal.ipc.CallbackSink;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.InvokeResult;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.ScopeSource;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.config.scope.CallScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binding rules (the runtime's {@code BindingRules}) give the same answer through every way of writing a
 * command: a lambda, a method reference and an {@code @Command} method turned into a registrar by this processor,
 * all compiled in process from {@link #SOURCE}. Each case states the expected result, so that agreeing on a wrong
 * answer fails too.
 */
class BindingParityTest {

    /** What a call must give: JSON text, or an error code with a part of its message. */
    record Expect(String json, String code, String message) {
        static Expect ok(String json) {
            return new Expect(json.replace('\'', '"'), null, null);
        }

        static Expect fails(String code, String message) {
            return new Expect(null, code, message);
        }
    }

    /**
     * How the lambda path compares. javac keeps neither primitive parameter types (an {@code Fn} takes objects) nor
     * type arguments (a lambda's {@code List<String>} is a {@code List}) for lambdas: those cases are compared through
     * the method reference, which keeps both, and the lambda gives the same code and result but may word the type
     * differently ({@code Map} for {@code Map<String, Integer>}).
     */
    enum Lambda { SAME, ERASED, NONE }

    /** One call: a JSON arguments value (single quotes for double) or a raw body. */
    record Case(String command, String args, byte[] raw, Expect expect, Lambda lambda) {
        @Override
        public String toString() {
            return command + " " + (raw != null ? "<" + raw.length + " raw bytes>" : args);
        }
    }

    private static Map<String, Consumer<Tauri.Builder>> paths;
    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Compilation.Result result = Compilation.compile(dir, Compilation.source("parity/Commands.java", SOURCE));
        assertThat(result.errors()).isEmpty();
        loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, BindingParityTest.class.getClassLoader());
        Class<?> commands = loader.loadClass("parity.Commands");
        CommandRegistrar registrar = (CommandRegistrar) loader.loadClass("parity.GeneratedCommands")
                .getConstructor().newInstance();
        paths = new LinkedHashMap<>();
        paths.put("lambda", builder -> invoke(commands, "lambdas", builder));
        paths.put("method reference", builder -> invoke(commands, "methodReferences", builder));
        paths.put("@Command", registrar::register);
    }

    static Stream<Arguments> cases() {
        byte[] four = {1, 2, 3, (byte) 255};
        return Stream.of(
                // a lone record is taken by its name, as in Tauri; its fields at the top level say how to write it
                json("create", "{'todo':{'title':'milk','done':true}}", Expect.ok("'milk:true'")),
                json("create", "{'title':'milk','done':true}", Expect.fails("MISSING_ARGUMENT",
                        "missing argument 'todo' (Todo); the arguments hold fields of Todo (title, done) at the top level,"
                                + " but every argument is taken by its name, as in Tauri: invoke('create', { todo: { title, done } })")),
                json("create", "{'todo':{'title':'milk','done':'yes'}}", Expect.fails("INVALID_ARGUMENT",
                        "argument 'todo.done' must be boolean, found \"yes\" (string)")),
                // a record among other arguments
                json("tag", "{'todo':{'title':'milk','done':false},'label':'x'}", Expect.ok("'x:milk'")),
                json("tag", "{'todo':{'title':'milk','done':false}}", Expect.fails("MISSING_ARGUMENT",
                        "command 'tag' is missing argument 'label' (String)")),
                json("tag", "{'label':'x','title':'milk'}", Expect.fails("MISSING_ARGUMENT", "invoke('tag', { todo: { title } })")),
                // Optional: empty when absent or null
                json("nick", "{}", Expect.ok("'(none)'")),
                json("nick", "{'nick':null}", Expect.ok("'(none)'")),
                json("nick", "{'nick':'ada'}", Expect.ok("'ada'")),
                // @Nullable: null when absent (a lambda sees it as a type annotation, as JSpecify's is)
                json("note", "{}", Expect.ok("'(none)'")),
                json("note", "{'note':null}", Expect.ok("'(none)'")),
                json("note", "{'note':'x'}", Expect.ok("'x'")),
                json("note", "{'note':5}", Expect.fails("INVALID_ARGUMENT", "argument 'note' must be String, found 5 (number)")),
                raw("note", four, Expect.fails("INVALID_ARGUMENT", "argument 'note' (String) cannot be bound")),
                // primitives: missing, null and wrong types
                json("add", "{'a':1,'b':2}", Expect.ok("3")),
                json("add", "{'a':1}", Expect.fails("MISSING_ARGUMENT", "command 'add' is missing argument 'b' (int)")),
                json("add", "{'a':1,'b':null}", Expect.fails("INVALID_ARGUMENT", "argument 'b' must be int, found null")),
                json("add", "{'a':1,'b':'2'}", Expect.fails("INVALID_ARGUMENT", "argument 'b' must be int, found \"2\" (string)")),
                json("add", "{'a':1.5,'b':1}", Expect.fails("INVALID_ARGUMENT", "argument 'a'")),
                json("add", "[1,2]", Expect.fails("INVALID_ARGUMENT", "the arguments must be a JSON object, found [1,2] (array)")),
                json("plus", "{'a':1,'b':null}", Expect.ok("'1+null'")),
                json("plus", "{'a':1}", Expect.fails("MISSING_ARGUMENT", "command 'plus' is missing argument 'b' (Integer)")),
                // state is decided by type: an app class or interface is state, a record is an argument
                json("increment", "{'by':2}", Expect.ok("2")),
                json("increment", "{}", Expect.fails("MISSING_ARGUMENT", "missing argument 'by' (Integer)")),
                json("audit", "{}", Expect.fails("MISSING_STATE",
                        "no app state of type parity.Commands$Ledger is managed; register one with manage(...)")),
                json("audit", "{'ledger':{}}", Expect.fails("MISSING_STATE", "if Ledger is data from the frontend, make it a record")),
                json("audited", "{}", Expect.ok("'logged'")),
                json("where", "{'address':{'city':'Rome','zip':'00100'}}", Expect.ok("'Rome'")),
                json("where", "{}", Expect.fails("MISSING_ARGUMENT",
                        "missing argument 'address' (Address); Address is managed as app state")),
                // App, Window, Invocation injected; a Channel by name
                json("who", "{'name':'x'}", Expect.ok("'true main who x'")),
                json("label", "[1,2]", Expect.ok("'main'")),
                json("stream", "{'onProgress':'__CHANNEL__:7','count':2}", Expect.ok("2")),
                json("stream", "{'count':2}", Expect.fails("MISSING_ARGUMENT", "missing argument 'onProgress' (Channel)")),
                json("stream", "{'onProgress':5,'count':2}", Expect.fails("INVALID_ARGUMENT",
                        "argument 'onProgress' must be a Channel (a JS Channel object), found 5 (number)")),
                json("paint", "{'color':'BLUE'}", Expect.ok("2")),
                json("paint", "{'color':'red'}", Expect.fails("INVALID_ARGUMENT",
                        "argument 'color' must be one of RED, GREEN, BLUE (Color), found \"red\" (string)")),
                // a map and a list
                json("total", "{'scores':{'x':1,'y':2}}", Expect.ok("3")),
                json("total", "{'scores':[1]}", Expect.fails("INVALID_ARGUMENT", "argument 'scores' must be Map<String, Integer>")),
                json("first", "{'words':['pear','apple']}", Expect.ok("'pear'")),
                json("first", "{'words':'pear'}", Expect.fails("INVALID_ARGUMENT", "argument 'words' must be List<String>")),
                // byte[]: the raw body for the only JS parameter, otherwise base64 or numbers by name
                raw("size", four, Expect.ok("4")),
                json("size", "{'data':'aGk='}", Expect.ok("2")),
                json("size", "{'data':[104,105,106]}", Expect.ok("3")),
                json("size", "{'data':null}", Expect.ok("-1")),
                json("size", "{}", Expect.fails("MISSING_ARGUMENT", "missing argument 'data' (byte[])")),
                json("size", "{'data':[1,256]}", Expect.fails("INVALID_ARGUMENT", "argument 'data[1]' must be a number 0..255")),
                raw("upload", four, Expect.fails("INVALID_ARGUMENT", "argument 'data' (byte[]) cannot be bound: the call"
                        + " sent a raw binary body, which binds only to a command's single byte[] parameter")),
                json("upload", "{'data':[1],'name':'n'}", Expect.ok("'n:1'")),
                raw("add", four, Expect.fails("INVALID_ARGUMENT", "argument 'a' (int) cannot be bound")),
                raw("nick", four, Expect.fails("INVALID_ARGUMENT", "argument 'nick' (String) cannot be bound")),
                raw("label", four, Expect.ok("'main'")),
                // CommandScope / GlobalScope: injected by type, entries read as the type argument or the declared scope type
                json("greet", "{'name':'ada'}", Expect.ok("'hi ada'")),
                json("greet", "{'name':'eve'}", Expect.fails("OUT_OF_SCOPE", "eve is not in the scope")),
                json("greet", "{'name':'carl'}", Expect.fails("OUT_OF_SCOPE", "carl is not in the scope")),
                json("entryTypes", "[1]", Expect.ok("'Name,Name/Name'")),
                json("asJson", "{}", Expect.ok("'ada'")),
                json("globalNames", "{}", Expect.fails("INVALID_SCOPE",
                        "scope entry capabilities/c.json: permissions[1].deny[0] (an array) is not a Name")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPathBindsTheSame(Case c) throws Exception {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().equals("lambda") || c.lambda() != Lambda.NONE) {
                outcomes.put(path.getKey(), call(path.getValue(), c));
            }
        }

        Outcome processor = outcomes.get("@Command");
        if (c.expect().json() != null) {
            assertThat(processor.result()).isEqualTo(new InvokeResult.Json(c.expect().json()));
        } else {
            assertThat(processor.result()).isInstanceOf(InvokeResult.Failure.class);
            var error = ((InvokeResult.Failure) processor.result()).error();
            assertThat(error.code()).isEqualTo(c.expect().code());
            assertThat(error.message()).contains(c.expect().message());
        }
        assertThat(outcomes).allSatisfy((path, outcome) -> {
            if (path.equals("lambda") && c.lambda() == Lambda.ERASED) {
                assertThat(summary(outcome)).as(path).isEqualTo(summary(processor));
            } else {
                assertThat(outcome).as(path).isEqualTo(processor);
            }
        });
    }

    /** The result with an error's message left out: what an erased lambda must still agree on. */
    private static Object summary(Outcome outcome) {
        return outcome.result() instanceof InvokeResult.Failure f ? List.of(f.error().code(), outcome.deliveries()) : outcome;
    }

    @Test
    void theProcessorKnowsEveryRuntimePackageAsNotAppState() throws Exception {
        Path classes = Path.of(Tauri.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = new TreeSet<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                        .forEach(f -> packages.add(classes.relativize(f.getParent()).toString().replace('/', '.')));
            }
        } else {
            try (JarFile jar = new JarFile(classes.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && n.startsWith("dev/"))
                        .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
            }
        }

        assertThat(packages).contains("dev.tauri4j", "dev.tauri4j.internal.ipc").allSatisfy(p -> assertThat(p.equals("dev.tauri4j")
                || TypeMapper.RUNTIME_PACKAGES.stream().anyMatch(r -> p.equals(r) || p.startsWith(r + ".")))
                .as("runtime package %s is in TypeMapper.RUNTIME_PACKAGES (else a parameter of its types is app state for"
                        + " @Command but not for a lambda)", p).isTrue());
    }

    /** A call's result and what its channels delivered. */
    record Outcome(InvokeResult result, List<String> deliveries) {}

    private static Outcome call(Consumer<Tauri.Builder> path, Case c) throws Exception {
        Tauri.Builder builder = Tauri.builder().discoverCommands(false);
        path.accept(builder);
        StateStore state = new StateStore();
        state.manage(loader.loadClass("parity.Commands$Counter").getConstructor().newInstance());
        state.manage(loader.loadClass("parity.Commands$AuditLog").getConstructor().newInstance());
        state.manage(loader.loadClass("parity.Commands$Address").getConstructor(String.class, String.class)
                .newInstance("Paris", "75001"));
        List<String> deliveries = new ArrayList<>();
        CallbackSink sink = (id, payload) -> deliveries.add(id + ":" + JsonCodec.mapper().valueToTree(payload));
        CallContext context = new CallContext(fake(App.class), fake(Window.class), sink, state);
        InvokeRequest request = c.raw() != null ? InvokeRequest.raw(c.command(), c.raw())
                : InvokeRequest.json(c.command(), JsonCodec.mapper().readTree(c.args().replace('\'', '"')));
        InvokeResult result = new Dispatcher(registry(builder)).dispatch(request, context, scope()).get(10, TimeUnit.SECONDS);
        return new Outcome(result, deliveries);
    }

    /** Command scope: allow ada and bob, deny eve; global scope: allow zed, and a deny entry no Name can be read from. */
    private static ScopeSource scope() throws ClassNotFoundException {
        ScopeEntries command = new ScopeEntries(List.of(name("ada", "permissions[0].allow[0]"), name("bob", "permissions[0].allow[1]")),
                List.of(name("eve", "permissions[0].deny[0]")));
        ScopeEntries global = new ScopeEntries(List.of(name("zed", "permissions[1].allow[0]")), List.of(new ScopeEntry(
                new ScopeValue.Arr(List.of(new ScopeValue.Num(java.math.BigDecimal.ONE))), "capabilities/c.json", "permissions[1].deny[0]")));
        return new ScopeSource(new CallScope(command, global), loader.loadClass("parity.Commands$Name"), d -> java.util.Optional.empty());
    }

    private static ScopeEntry name(String name, String path) {
        return new ScopeEntry(new ScopeValue.Obj(Map.of("name", new ScopeValue.Str(name))), "capabilities/c.json", path);
    }

    private static Case json(String command, String args, Expect expect) {
        return new Case(command, args, null, expect, lambda(command));
    }

    private static Case raw(String command, byte[] body, Expect expect) {
        return new Case(command, null, body, expect, lambda(command));
    }

    private static Lambda lambda(String command) {
        return switch (command) {
            case "add", "asJson" -> Lambda.NONE;
            case "nick", "total", "first" -> Lambda.ERASED;
            default -> Lambda.SAME;
        };
    }

    // the builder keeps its registry to itself; a registrar only ever sees the builder's public API
    private static CommandRegistry registry(Tauri.Builder builder) throws ReflectiveOperationException {
        Field commands = Tauri.Builder.class.getDeclaredField("commands");
        commands.setAccessible(true);
        return (CommandRegistry) commands.get(builder);
    }

    private static void invoke(Class<?> owner, String method, Tauri.Builder builder) {
        try {
            owner.getMethod(method, Tauri.Builder.class).invoke(null, builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An App or Window whose only behaviour is a window label ("main"). */
    private static <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "label" -> "main";
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                }));
    }

    private static final String SOURCE = """
            package parity;

            import dev.tauri4j.App;
            import dev.tauri4j.Channel;
            import dev.tauri4j.Command;
            import dev.tauri4j.Invocation;
            import dev.tauri4j.Tauri;
            import dev.tauri4j.Window;
            import dev.tauri4j.CommandException;
            import dev.tauri4j.plugin.CommandScope;
            import dev.tauri4j.plugin.GlobalScope;
            import com.fasterxml.jackson.databind.JsonNode;
            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;

            public final class Commands {
                public record Todo(String title, boolean done) {}
                public record Address(String city, String zip) {}
                public static final class Counter { public int count; }
                public interface Audit { String log(); }
                public static final class AuditLog implements Audit { public String log() { return "logged"; } }
                public static final class Ledger {}
                public enum Color { RED, GREEN, BLUE }
                @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.PARAMETER, ElementType.TYPE_USE})
                public @interface Nullable {}

                @Command public static String create(Todo todo) { return todo.title() + ":" + todo.done(); }
                @Command public static String tag(Todo todo, String label) { return label + ":" + todo.title(); }
                @Command public static String nick(Optional<String> nick) { return nick.orElse("(none)"); }
                @Command public static String note(@Nullable String note) { return note == null ? "(none)" : note; }
                @Command public static int add(int a, int b) { return a + b; }
                @Command public static String plus(Integer a, Integer b) { return a + "+" + b; }
                @Command public static int increment(Counter counter, Integer by) { return counter.count += by; }
                @Command public static String audit(Ledger ledger) { return "unreachable"; }
                @Command public static String audited(Audit audit) { return audit.log(); }
                @Command public static String where(Address address) { return address.city(); }
                @Command public static String who(App app, Window window, Invocation call, String name) {
                    return (app != null) + " " + window.label() + " " + call.command() + " " + name;
                }
                @Command public static String label(Window window) { return window.label(); }
                @Command public static int paint(Color color) { return color.ordinal(); }
                @Command public static int stream(Channel<Integer> onProgress, Integer count) {
                    for (int i = 0; i < count; i++) onProgress.send(i);
                    return count;
                }
                @Command public static int total(Map<String, Integer> scores) {
                    return scores.values().stream().mapToInt(Integer::intValue).sum();
                }
                @Command public static String first(List<String> words) { return words.getFirst(); }
                @Command public static int size(byte[] data) { return data == null ? -1 : data.length; }
                @Command public static String upload(byte[] data, String name) { return name + ":" + data.length; }
                public record Name(String name) {}
                @Command public static String greet(CommandScope<Name> scope, String name) {
                    if (!scope.allows(n -> n.name().equals(name))) throw new CommandException("OUT_OF_SCOPE", name + " is not in the scope");
                    return "hi " + name;
                }
                @Command public static String entryTypes(CommandScope<?> scope, CommandScope<Object> same) {
                    return scope.allowed().stream().map(n -> n.getClass().getSimpleName()).collect(java.util.stream.Collectors.joining(","))
                            + "/" + same.allowed().getFirst().getClass().getSimpleName();
                }
                @Command public static String asJson(CommandScope<JsonNode> scope) { return scope.allowed().getFirst().get("name").asText(); }
                @Command public static String globalNames(GlobalScope<Name> global) { return global.denied().toString(); }

                public static void lambdas(Tauri.Builder builder) {
                    builder.command("create", (Todo todo) -> create(todo))
                            .command("tag", (Todo todo, String label) -> tag(todo, label))
                            .command("nick", (Optional<String> nick) -> nick(nick))
                            .command("note", (@Nullable String note) -> note(note))
                            .command("plus", (Integer a, Integer b) -> plus(a, b))
                            .command("increment", (Counter counter, Integer by) -> increment(counter, by))
                            .command("audit", (Ledger ledger) -> audit(ledger))
                            .command("audited", (Audit audit) -> audited(audit))
                            .command("where", (Address address) -> where(address))
                            .command("who", (App app, Window window, Invocation call, String name) -> who(app, window, call, name))
                            .command("label", (Window window) -> label(window))
                            .command("paint", (Color color) -> paint(color))
                            .command("stream", (Channel<Integer> onProgress, Integer count) -> stream(onProgress, count))
                            .command("total", (Map<String, Integer> scores) -> total(scores))
                            .command("first", (List<String> words) -> first(words))
                            .command("size", (byte[] data) -> size(data))
                            .command("upload", (byte[] data, String name) -> upload(data, name))
                            .command("greet", (CommandScope<Name> scope, String name) -> greet(scope, name))
                            .command("entryTypes", (CommandScope<?> scope, CommandScope<Object> same) -> entryTypes(scope, same))
                            .command("globalNames", (GlobalScope<Name> global) -> globalNames(global));
                }

                public static void methodReferences(Tauri.Builder builder) {
                    builder.command("create", Commands::create).command("tag", Commands::tag).command("nick", Commands::nick)
                            .command("note", Commands::note).command("add", Commands::add).command("plus", Commands::plus)
                            .command("increment", Commands::increment)
                            .command("audit", Commands::audit).command("audited", Commands::audited)
                            .command("where", Commands::where).command("who", Commands::who)
                            .command("label", Commands::label).command("paint", Commands::paint).command("stream", Commands::stream)
                            .command("total", Commands::total).command("first", Commands::first)
                            .command("size", Commands::size).command("upload", Commands::upload)
                            .command("greet", Commands::greet).command("entryTypes", Commands::entryTypes)
                            .command("asJson", Commands::asJson).command("globalNames", Commands::globalNames);
                }
            }
            """;
}
