package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Types} gives {@code Invocation.arg} the generic types a lambda loses, the way generated registrars use it. */
class TypesBindingTest {

    record Item(String name, int count) {}

    List<Item> items;
    Map<String, List<Item>> groups;
    Item[][] grid;

    private final IpcHarness ipc = new IpcHarness();

    @Test
    void equalToTheJdksOwnGenericTypes() throws Exception {
        Type list = TypesBindingTest.class.getDeclaredField("items").getGenericType();
        Type map = TypesBindingTest.class.getDeclaredField("groups").getGenericType();
        assertThat(Types.of(List.class, Item.class)).isEqualTo(list).hasSameHashCodeAs(list);
        assertThat(Types.of(Map.class, String.class, Types.of(List.class, Item.class))).isEqualTo(map).hasSameHashCodeAs(map);
        assertThat(Types.of(List.class, Item.class).getTypeName()).isEqualTo(list.getTypeName());
        assertThatThrownBy(() -> Types.of(Map.class, String.class)).hasMessage("java.util.Map takes 2 type arguments, not 1");
    }

    @Test
    void argumentsBindToRecordsInsideCollectionsNotToMaps() {
        ipc.registry.handler("group", call -> {
            Map<String, List<Item>> groups = call.arg("groups", Types.of(Map.class, String.class, Types.of(List.class, Item.class)));
            Optional<List<Item>> extra = call.optionalArg("extra", Types.of(List.class, Item.class));
            Item first = groups.get("a").getFirst(); // a ClassCastException here if the type arguments were lost
            return first.name() + first.count() + "/" + extra.map(List::size).orElse(-1);
        });
        ipc.registry.handler("grid", call -> {
            Item[][] grid = call.arg("grid", Types.arrayOf(Types.arrayOf(Item.class)));
            return grid[1][0].name();
        });

        assertThat(ipc.ok("group", "{'groups':{'a':[{'name':'x','count':2}]}}").textValue()).isEqualTo("x2/-1");
        assertThat(ipc.ok("group", "{'groups':{'a':[{'name':'y','count':1}]},'extra':[]}").textValue()).isEqualTo("y1/0");
        assertThat(ipc.ok("grid", "{'grid':[[],[{'name':'z','count':0}]]}").textValue()).isEqualTo("z");
        assertThat(ipc.error("group", "{'groups':{'a':[{'name':'x','count':'2'}]}}").code()).isEqualTo("INVALID_ARGUMENT");
    }
}
