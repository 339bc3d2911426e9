package dev.tauri4j.internal.core.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The resource table alone: rids, typed look-ups, take and close, freeing everything, and the errors. */
class ResourceTableTest {

    private final ResourceTable table = new ResourceTable("window 'main'");

    /** A resource that records being closed, and can be told to fail. */
    static final class Handle implements AutoCloseable {
        final List<String> log;
        final String name;
        final boolean fails;

        Handle(List<String> log, String name, boolean fails) {
            this.log = log;
            this.name = name;
            this.fails = fails;
        }

        @Override
        public void close() {
            log.add(name);
            if (fails) throw new IllegalStateException(name + " is stuck");
        }
    }

    @Test
    void ridsArePositiveDistinctAndFindTheirObjects() {
        Set<Integer> rids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int rid = table.add("value " + i);
            assertThat(rid).isPositive();
            assertThat(rids.add(rid)).as("rid %d handed out twice", rid).isTrue();
        }
        for (int rid : rids) assertThat(table.get(rid, String.class)).startsWith("value ");
        assertThat(table.size()).isEqualTo(1000);
        // not a counter: the next rid cannot be told from the last one
        List<Integer> sorted = rids.stream().sorted().toList();
        assertThat(sorted.getLast() - sorted.getFirst()).isGreaterThan(1_000_000);
    }

    @Test
    void aLookUpOfTheWrongTypeOrAnUnknownRidSaysWhich() {
        int rid = table.add("text");
        assertThatThrownBy(() -> table.get(rid, Image.class)).isInstanceOfSatisfying(CommandException.class, e -> {
            assertThat(e.code()).isEqualTo(Resources.BAD_RESOURCE_ID);
            assertThat(e.getMessage()).isEqualTo("resource " + rid + " is not an Image (it is a String)");
        });
        assertThatThrownBy(() -> table.take(rid, Integer.class)).hasMessage("resource " + rid + " is not an Integer (it is a String)");
        assertThat(table.has(rid)).as("a failed take leaves the resource").isTrue();
        int unknown = rid == 7 ? 8 : 7;
        assertThatThrownBy(() -> table.get(unknown, String.class)).isInstanceOfSatisfying(CommandException.class, e -> {
            assertThat(e.code()).isEqualTo(Resources.BAD_RESOURCE_ID);
            assertThat(e.getMessage()).isEqualTo("resource " + unknown + " does not exist in window 'main': it was closed, "
                    + "freed with its page, or belongs to another window");
        });
        assertThatThrownBy(() -> table.close(unknown)).isInstanceOf(CommandException.class).hasMessageStartingWith("resource " + unknown + " does not exist");
        // a supertype finds it too
        assertThat(table.get(rid, CharSequence.class)).isEqualTo("text");
    }

    @Test
    void closeRemovesAndClosesButTakeHandsOverWithoutClosing() {
        List<String> closed = new ArrayList<>();
        int a = table.add(new Handle(closed, "a", false));
        int b = table.add(new Handle(closed, "b", false));
        Handle taken = table.take(b, Handle.class);
        assertThat(taken.name).isEqualTo("b");
        assertThat(table.has(b)).isFalse();
        table.close(a);
        assertThat(table.has(a)).isFalse();
        assertThat(closed).containsExactly("a");
        assertThatThrownBy(() -> table.close(a)).as("closing twice").hasMessageStartingWith("resource " + a + " does not exist");
        assertThat(closed).containsExactly("a");
    }

    @Test
    void aFailingCloseIsReportedAndTheResourceIsGoneAnyway() {
        List<String> closed = new ArrayList<>();
        int rid = table.add(new Handle(closed, "stuck", true));
        assertThatThrownBy(() -> table.close(rid)).isInstanceOf(CommandException.class)
                .hasMessage("resource " + rid + " (Handle) failed to close: stuck is stuck");
        assertThat(table.has(rid)).isFalse();
    }

    @Test
    void closeAllClosesEveryCloseableEvenPastOneThatFails() {
        List<String> closed = new ArrayList<>();
        table.add(new Handle(closed, "one", false));
        table.add(new Handle(closed, "two", true));
        table.add(new Handle(closed, "three", false));
        table.add("not closeable");
        table.closeAll();
        assertThat(closed).containsExactlyInAnyOrder("one", "two", "three");
        assertThat(table.size()).isZero();
        table.closeAll();
        assertThat(closed).hasSize(3);
    }
}
