package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import dev.tauri4j.Fn2;
import dev.tauri4j.Fn3;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandSignatureTest {

    record Todo(String title) {}

    private final ClassLoader loader = getClass().getClassLoader();

    static String wide(long first, double second, String third) {
        return first + second + third;
    }

    String instance(long first, String second) {
        return first + second;
    }

    @Test
    void readsLambdaNamesFromTheLocalVariableTable() {
        long captured = 1;
        Fn2<Long, String, String> fn = (Long amount, String unit) -> captured + amount + unit;

        CommandSignature signature = CommandSignature.inspect(fn, 2);

        assertThat(signature.params()).extracting(CommandSignature.Param::name).containsExactly("amount", "unit");
        assertThat(signature.lambdaBody()).isTrue();
    }

    @Test
    void countsWideSlotsForStaticAndInstanceMethods() {
        Map<Integer, LocalVariables.Local> statics = LocalVariables.ofMethod(getClass(), "wide", "(JDLjava/lang/String;)Ljava/lang/String;");
        Map<Integer, LocalVariables.Local> instance = LocalVariables.ofMethod(getClass(), "instance", "(JLjava/lang/String;)Ljava/lang/String;");

        assertThat(statics).containsEntry(0, new LocalVariables.Local("first", null))
                .containsEntry(2, new LocalVariables.Local("second", null))
                .containsEntry(4, new LocalVariables.Local("third", null));
        assertThat(instance).containsEntry(1, new LocalVariables.Local("first", null))
                .containsEntry(3, new LocalVariables.Local("second", null));
    }

    @Test
    void methodReferencesKeepGenericTypes() {
        Fn3<Long, Double, String, String> fn = CommandSignatureTest::wide;

        CommandSignature signature = CommandSignature.inspect(fn, 3);

        assertThat(signature.params()).extracting(p -> (Object) p.type().getRawClass()).containsExactly(long.class, double.class, String.class);
        assertThat(signature.lambdaBody()).isFalse();
    }

    @Test
    void signaturesBecomeJacksonTypes() {
        JavaType list = CommandSignature.fromSignature("Ljava/util/List<Ldev/tauri4j/internal/ipc/CommandSignatureTest$Todo;>;", List.class, loader);
        JavaType map = CommandSignature.fromSignature("Ljava/util/Map<Ljava/lang/String;Ljava/util/List<Ljava/lang/Integer;>;>;", Map.class, loader);
        JavaType wildcard = CommandSignature.fromSignature("Ljava/util/List<+Ljava/lang/Number;>;", List.class, loader);
        JavaType array = CommandSignature.fromSignature("[Ljava/util/List<Ljava/lang/String;>;", List[].class, loader);
        JavaType variable = CommandSignature.fromSignature("TT;", CharSequence.class, loader);

        assertThat(Arguments.describe(list)).isEqualTo("List<Todo>");
        assertThat(Arguments.describe(map)).isEqualTo("Map<String, List<Integer>>");
        assertThat(Arguments.describe(wildcard)).isEqualTo("List<Number>");
        assertThat(Arguments.describe(array)).isEqualTo("List<String>[]");
        assertThat(variable.getRawClass()).isEqualTo(CharSequence.class);
    }

    @Test
    void anUnloadableSignatureFallsBackToTheErasure() {
        JavaType type = CommandSignature.fromSignature("Ljava/util/List<Lno/such/Type;>;", List.class, loader);

        assertThat(type.getRawClass()).isEqualTo(List.class);
    }
}
