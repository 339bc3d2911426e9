package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tauri4j.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands are plain methods: no window needed to test them. */
class CommandsTest {

    @Test
    void greetsByName() {
        Commands.Greeting greeting = Commands.greet("Ada");
        assertTrue(greeting.message().startsWith("Hello, Ada!"), greeting.message());
        assertEquals(3, greeting.length());
    }

    @Test
    void checksumIsTheCrc32OfTheBytes() {
        Commands.Checksum sum = Commands.checksum("123456789".getBytes(StandardCharsets.US_ASCII));
        assertEquals(9, sum.length());
        assertEquals("cbf43926", sum.crc32());
    }

    @Test
    void countdownStreamsEachNumberThenAnswers() {
        RecordingChannel progress = new RecordingChannel();
        assertEquals("Liftoff!", Commands.countdown(progress, 3, Duration.ZERO));
        assertEquals(List.of(3, 2, 1, 0), progress.sent);
        assertTrue(progress.isClosed());
    }

    /** Stands in for the page's Channel. */
    private static final class RecordingChannel implements Channel<Integer> {
        final List<Integer> sent = new ArrayList<>();
        private boolean closed;

        @Override
        public long id() {
            return 1;
        }

        @Override
        public void send(Integer message) {
            sent.add(message);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
