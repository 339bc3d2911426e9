package dev.tauri4j.plugins.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.Channel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runner with real processes: execute's answer, spawn's line events, stdin, kill, env and encodings. */
class ShellProcessTest {

    private static final ShellProcess.Options PLAIN = new ShellProcess.Options(null, Map.of(), false, Output.of(null));

    /** A channel that keeps what it is sent. */
    static final class Recorder implements Channel<Object> {
        final List<Object> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        @Override public long id() { return 1; }
        @Override public void send(Object message) { sent.add(message); }
        @Override public void close() {}
        @Override public boolean isClosed() { return false; }
    }

    private static Process start(ShellProcess.Options options, String... command) {
        return ShellProcess.start(new ShellScope.Prepared(command[0], List.of(command).subList(1, command.length)), options);
    }

    @Test
    void executeAnswersCodeSignalStdoutAndStderr() throws Exception {
        Map<String, Object> r = ShellProcess.execute(start(PLAIN, "/bin/sh", "-c", "echo out; echo err >&2; exit 3"), PLAIN.output());
        assertThat(r).containsEntry("code", 3).containsEntry("stdout", "out\n").containsEntry("stderr", "err\n");
        assertThat(r).containsKey("signal").extractingByKey("signal").isNull();
    }

    @Test
    void argumentsReachTheProgramUntouchedByAnyShell() throws Exception {
        Map<String, Object> r = ShellProcess.execute(start(PLAIN, "/bin/echo", "$HOME; `id`", "*"), PLAIN.output());
        assertThat(r).containsEntry("stdout", "$HOME; `id` *\n");
    }

    @Test
    void envIsAddedToTheAppsOrReplacesItWhenCleared() throws Exception {
        var added = new ShellProcess.Options(null, Map.of("GREETING", "hi"), false, Output.of(null));
        String out = (String) ShellProcess.execute(start(added, "/bin/sh", "-c", "echo $GREETING-${HOME:+home}"), added.output()).get("stdout");
        assertThat(out).isEqualTo("hi-home\n");
        var cleared = new ShellProcess.Options("/tmp", Map.of("GREETING", "hi"), true, Output.of(null));
        out = (String) ShellProcess.execute(start(cleared, "/bin/sh", "-c", "echo $GREETING-${HOME:+home}-$(pwd)"), cleared.output()).get("stdout");
        assertThat(out).isEqualTo("hi--/tmp\n");
    }

    @Test
    void rawEncodingAnswersBytesAndInvalidUtf8IsAnError() throws Exception {
        var raw = new ShellProcess.Options(null, Map.of(), false, Output.of("raw"));
        assertThat(ShellProcess.execute(start(raw, "/bin/echo", "A"), raw.output())).containsEntry("stdout", List.of(65, 10));
        assertThatThrownBy(() -> ShellProcess.execute(start(PLAIN, "/bin/sh", "-c", "printf '\\377'"), PLAIN.output()))
                .hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> Output.of("no-such-charset")).hasMessageContaining("unknown encoding no-such-charset");
    }

    @Test
    void spawnStreamsLinesWithTheirEndingsThenTerminated() throws Exception {
        Recorder events = new Recorder();
        Process p = start(PLAIN, "/bin/sh", "-c", "echo one; echo two >&2; printf 'three\\rfour'");
        ShellProcess.stream(p, PLAIN.output(), events, events.done::countDown);
        assertThat(events.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.sent).contains(Map.of("event", "Stdout", "payload", "one\n"), Map.of("event", "Stderr", "payload", "two\n"),
                Map.of("event", "Stdout", "payload", "three\r"), Map.of("event", "Stdout", "payload", "four"));
        assertThat(events.sent.getLast()).isEqualTo(Map.of("event", "Terminated", "payload", ShellProcess.termination(0)));
        assertThat(events.sent).hasSize(5);
    }

    @Test
    void stdinReachesCatAndKillEndsItWithSignalNine() throws Exception {
        Children children = new Children();
        Recorder events = new Recorder();
        Process cat = start(PLAIN, "/bin/cat");
        children.add(cat, "main");
        ShellProcess.stream(cat, PLAIN.output(), events, events.done::countDown);
        children.write(cat.pid(), "ping\n".getBytes());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.sent.isEmpty() && System.nanoTime() < until) Thread.sleep(20);
        assertThat(events.sent).containsExactly(Map.of("event", "Stdout", "payload", "ping\n"));
        children.killOf("other");
        assertThat(cat.isAlive()).isTrue();
        children.killOf("main");
        assertThat(events.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.sent.getLast()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("event", "Terminated");
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) events.sent.getLast()).get("payload");
        assertThat(payload).containsEntry("signal", 9).containsEntry("code", null);
        children.write(cat.pid(), "ignored".getBytes());
    }
}
