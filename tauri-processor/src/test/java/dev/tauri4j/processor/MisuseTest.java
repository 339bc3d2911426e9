package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each misuse of {@code @Command} is a compile error on the element at fault, with a message that says the fix. */
class MisuseTest {

    @TempDir
    Path out;

    private Compilation.Result compile(JavaFileObject... sources) throws Exception {
        Compilation.Result result = Compilation.compile(out, sources);
        assertThat(result.success()).as("compile should fail").isFalse();
        // nothing half-generated is left for the app to pick up
        assertThat(result.resource(CommandProcessor.BINDINGS)).isNull();
        assertThat(result.resource("META-INF/services/dev.tauri4j.CommandRegistrar")).isNull();
        return result;
    }

    private static JavaFileObject src(String path, String... lines) {
        return Compilation.source(path, String.join("\n", lines) + "\n");
    }

    @Test
    void duplicateNamesAcrossClasses() throws Exception {
        var result = compile(
                src("a/First.java", "package a;", "import dev.tauri4j.Command;", "public class First {",
                        "    @Command public static String greet(String name) { return name; }", "}"),
                src("b/Second.java", "package b;", "import dev.tauri4j.Command;", "public class Second {",
                        "    @Command(\"greet\")", "    public static String hello(String name) { return name; }", "}"));
        assertThat(result.errors()).containsExactly("Second.java:5: duplicate command name 'greet': a.First.greet has it too."
                + " Fix: rename one with @Command(\"otherName\")");
    }

    @Test
    void unsupportedParameterTypeIsReportedOnTheParameter() throws Exception {
        var result = compile(src("a/Dates.java", "package a;", "import dev.tauri4j.Command;", "public class Dates {",
                "    @Command", "    public static String day(", "            java.time.LocalDate date) { return \"\"; }", "}"));
        assertThat(result.errors()).singleElement().asString()
                .startsWith("Dates.java:6: parameter 'date' of command 'day' has the type java.time.LocalDate, which tauri4j"
                        + " does not send as JSON")
                .contains("(for a date or time, an ISO-8601 String)");
    }

    @Test
    void nonPublicClass() throws Exception {
        var result = compile(src("a/Hidden.java", "package a;", "import dev.tauri4j.Command;", "class Hidden {",
                "    @Command public static int one() { return 1; }", "}"));
        assertThat(result.errors()).containsExactly("Hidden.java:4: class a.Hidden must be public for its @Command method one:"
                + " the generated registrar calls it. Fix: make it public");
    }

    @Test
    void nonPublicMethod() throws Exception {
        var result = compile(src("a/Svc.java", "package a;", "import dev.tauri4j.Command;", "public class Svc {",
                "    @Command static int one() { return 1; }", "}"));
        assertThat(result.errors()).containsExactly("Svc.java:4: @Command method Svc.one must be public: the generated registrar"
                + " calls it. Fix: add 'public'");
    }

    @Test
    void nonStaticInnerClass() throws Exception {
        var result = compile(src("a/Outer.java", "package a;", "import dev.tauri4j.Command;", "public class Outer {",
                "    public class Inner {", "        @Command public int one() { return 1; }", "    }", "}"));
        assertThat(result.errors()).containsExactly("Outer.java:5: class a.Outer.Inner is an inner (non-static) class, so the"
                + " generated registrar cannot make or find its instances. Fix: declare it 'static'");
    }

    @Test
    void genericMethod() throws Exception {
        var result = compile(src("a/Gen.java", "package a;", "import dev.tauri4j.Command;", "public class Gen {",
                "    @Command public static <T> T same(T value) { return value; }", "}"));
        assertThat(result.errors()).containsExactly("Gen.java:4: @Command method Gen.same is generic; its JSON types must be"
                + " known at compile time. Fix: remove <T> and use concrete types");
    }

    @Test
    void recordComponentOfAnUnsupportedType() throws Exception {
        var result = compile(src("a/Jobs.java", "package a;", "import dev.tauri4j.Command;", "public class Jobs {",
                "    public record Job(String name, Thread worker) {}",
                "    @Command public static void run(Job job) {}", "}"));
        assertThat(result.errors()).containsExactly("Jobs.java:5: component 'worker' of record a.Jobs.Job (in parameter 'job'"
                + " of command 'run') has the type java.lang.Thread, which tauri4j does not send as JSON. Fix: use a record,"
                + " an enum, String, a number, boolean, List, Set, Map<String, ...>, Optional or byte[]");
    }

    @Test
    void mapWithNonStringKeys() throws Exception {
        var result = compile(src("a/Maps.java", "package a;", "import dev.tauri4j.Command;", "public class Maps {",
                "    @Command public static int size(java.util.Map<Integer, String> byId) { return byId.size(); }", "}"));
        assertThat(result.errors()).containsExactly("Maps.java:4: parameter 'byId' of command 'size' is a map with"
                + " java.lang.Integer keys; JSON object keys are strings. Fix: use Map<String, ...>");
    }

    @Test
    void rawChannelAndWildcard() throws Exception {
        var result = compile(src("a/Raw.java", "package a;", "import dev.tauri4j.*;", "public class Raw {",
                "    @Command public static void stream(Channel progress) {}",
                "    @Command public static int count(java.util.List<?> items) { return items.size(); }", "}"));
        assertThat(result.errors()).containsExactly(
                "Raw.java:4: parameter 'progress' of command 'stream' is a raw Channel. Fix: say what it sends, e.g. Channel<String>",
                "Raw.java:5: parameter 'items' of command 'count' has the wildcard ?. Fix: use a concrete type argument");
    }

    @Test
    void commandOnAnInterface() throws Exception {
        var result = compile(src("a/Api.java", "package a;", "import dev.tauri4j.Command;", "public interface Api {",
                "    @Command default int one() { return 1; }", "}"));
        assertThat(result.errors()).containsExactly("Api.java:4: @Command methods belong in a class, not in the interface a.Api");
    }

    @Test
    void nonPublicRecordAsArgument() throws Exception {
        var result = compile(src("a/Notes.java", "package a;", "import dev.tauri4j.Command;", "public class Notes {",
                "    record Note(String text) {}", "    @Command public static int add(Note note) { return 1; }", "}"));
        assertThat(result.errors()).containsExactly("Notes.java:5: parameter 'note' of command 'add' uses a.Notes.Note, which is"
                + " not public; the generated registrar must see it. Fix: make Note public");
    }

    @Test
    void twoCommandsThatBecomeOneTypeScriptFunction() throws Exception {
        var result = compile(src("a/Clash.java", "package a;", "import dev.tauri4j.Command;", "public class Clash {",
                "    @Command public static int addTodo() { return 1; }",
                "    @Command(\"add_todo\") public static int other() { return 2; }", "}"));
        assertThat(result.errors()).containsExactly("Clash.java:5: commands 'addTodo' and 'add_todo' both become the TypeScript"
                + " function addTodo. Fix: rename one with @Command(\"otherName\")");
    }

    @Test
    void resultThatIsNotARecord() throws Exception {
        var result = compile(src("a/Beans.java", "package a;", "import dev.tauri4j.Command;", "public class Beans {",
                "    public static class Bean { public String name; }",
                "    @Command public static Bean bean() { return new Bean(); }", "}"));
        assertThat(result.errors()).containsExactly("Beans.java:5: the result of command 'bean' has the type a.Beans.Bean, which"
                + " is neither a record nor an enum. Fix: make it a record (commands send records, enums and JDK values as JSON)");
    }

    @Test
    void pluginPrefixIsReserved() throws Exception {
        var result = compile(src("a/Plug.java", "package a;", "import dev.tauri4j.Command;", "public class Plug {",
                "    @Command(\"plugin:app|version\") public static String v() { return \"1\"; }", "}"));
        assertThat(result.errors()).containsExactly("Plug.java:4: command name 'plugin:app|version' starts with 'plugin:', which"
                + " Tauri reserves for plugins");
    }

    @Test
    void twoTypesWithOneSimpleName() throws Exception {
        var result = compile(
                src("a/Item.java", "package a;", "public record Item(String name) {}"),
                src("b/Item.java", "package b;", "public record Item(int count) {}"),
                src("c/Shop.java", "package c;", "import dev.tauri4j.Command;", "public class Shop {",
                        "    @Command public static a.Item first(b.Item other) { return null; }", "}"));
        assertThat(result.errors()).containsExactly("Shop.java:4: the result of command 'first' uses a.Item, but b.Item has the"
                + " same simple name and bindings.ts declares each type once by that name. Fix: rename one of them");
    }

    @Test
    void rawGenericRecord() throws Exception {
        var result = compile(src("a/Pages.java", "package a;", "import dev.tauri4j.Command;", "public class Pages {",
                "    public record Page<T>(java.util.List<T> items) {}",
                "    @SuppressWarnings(\"rawtypes\") @Command public static Page page() { return null; }", "}"));
        assertThat(result.errors()).containsExactly("Pages.java:5: the result of command 'page' uses the raw type a.Pages.Page."
                + " Fix: give its type arguments");
    }

    @Test
    void nullablePrimitive() throws Exception {
        var result = compile(src("a/N.java", "package a;", "import dev.tauri4j.Command;", "public class N {",
                "    @interface Nullable {}",
                "    @Command public static int twice(@Nullable int n) { return 2 * n; }", "}"));
        assertThat(result.errors()).containsExactly("N.java:5: parameter 'n' of command 'twice' is a primitive and cannot be"
                + " @Nullable. Fix: use the boxed type");
    }
}
