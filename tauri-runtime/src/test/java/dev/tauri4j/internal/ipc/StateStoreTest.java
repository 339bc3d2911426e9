package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StateStoreTest {

    interface Repo {}
    interface TodoRepo extends Repo {}
    static class BaseRepo implements TodoRepo {}
    static final class SqlRepo extends BaseRepo {}
    static final class MemoryRepo implements TodoRepo {}
    record Settings(String theme) {}

    private final StateStore state = new StateStore();

    @Test
    void findsAnObjectByItsClassSuperclassesAndInterfaces() {
        SqlRepo repo = new SqlRepo();
        state.manage(repo);

        assertThat(state.get(SqlRepo.class)).containsSame(repo);
        assertThat(state.get(BaseRepo.class)).containsSame(repo);
        assertThat(state.get(TodoRepo.class)).containsSame(repo);
        assertThat(state.get(Repo.class)).containsSame(repo);
        assertThat(state.get(Object.class)).isEmpty();
    }

    @Test
    void theSameClassTwiceFails() {
        state.manage(new Settings("dark"));

        assertThatThrownBy(() -> state.manage(new Settings("light")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already managed");
    }

    @Test
    void aSharedInterfaceIsAmbiguousUntilChosen() {
        SqlRepo sql = new SqlRepo();
        state.manage(sql);
        state.manage(new MemoryRepo());

        assertThat(state.get(TodoRepo.class)).isEmpty();
        assertThat(state.explainMissing(TodoRepo.class)).contains("ambiguous", "SqlRepo", "MemoryRepo", "manage(TodoRepo.class");

        state.manage(TodoRepo.class, sql);
        assertThat(state.get(TodoRepo.class)).containsSame(sql);
    }

    @Test
    void jdkSupertypesAreNotRegistered() {
        ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();
        state.manage(cache);

        assertThat(state.get(ConcurrentHashMap.class)).containsSame(cache);
        // a Map parameter is an argument, not this cache
        assertThat(state.get(Map.class)).isEmpty();
    }

    @Test
    void valuesThatLookLikeArgumentsAreRefused() {
        assertThatThrownBy(() -> state.manage("a string")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrap it in a record");
        assertThatThrownBy(() -> state.manage(42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptiness() {
        assertThat(state.isEmpty()).isTrue();
        state.manage(new Settings("x"));
        assertThat(state.isEmpty()).isFalse();
    }
}
