package dev.tauri4j.plugins.shell;

import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting a scoped program (never through a shell: the program and its arguments go to {@link ProcessBuilder} as
 * they are), and Tauri's two ways of running it: {@code execute} waits and answers everything, {@code spawn} streams
 * each line (up to and including its {@code \n} or {@code \r}) as a {@code Stdout}/{@code Stderr} event, then
 * {@code Terminated}.
 */
final class ShellProcess {

    private ShellProcess() {}

    /**
     * What the page's {@code options} ask for.
     *
     * @param cwd      null for the app's working directory
     * @param env      variables added to the app's environment
     * @param clearEnv whether the child starts with an empty environment ({@code env: null}, as in Tauri)
     * @param output   how output is decoded
     */
    record Options(String cwd, Map<String, String> env, boolean clearEnv, Output output) {}

    static Process start(ShellScope.Prepared prepared, Options options) {
        List<String> command = new ArrayList<>();
        command.add(prepared.program());
        command.addAll(prepared.args());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (options.cwd() != null) builder.directory(new File(options.cwd()));
        if (options.clearEnv()) builder.environment().clear();
        builder.environment().putAll(options.env());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new CommandException("SPAWN_FAILED", "failed to start " + prepared.program() + ": " + e.getMessage()
                    + ". Fix: install it, or correct the \"cmd\" of its shell scope entry" + (options.cwd() == null ? "" : " or options.cwd"), null, e);
        }
    }

    /** Runs to the end, stdin closed: Tauri's {@code {code, signal, stdout, stderr}}. */
    static Map<String, Object> execute(Process process, Output output) throws InterruptedException, IOException {
        process.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread stderr = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), err));
        byte[] out = process.getInputStream().readAllBytes();
        stderr.join();
        Map<String, Object> result = new LinkedHashMap<>(termination(process.waitFor()));
        try {
            result.put("stdout", output.decode(out));
            result.put("stderr", output.decode(err.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new CommandException("INVALID_UTF8", "the output of the program is not valid UTF-8. Fix: pass options.encoding"
                    + " (e.g. \"raw\" or \"windows-1252\")");
        }
        return result;
    }

    /** Streams the child's lines to {@code events} on two virtual threads, then {@code Terminated}; {@code done} runs last. */
    static void stream(Process process, Output output, Channel<Object> events, Runnable done) {
        Thread out = Thread.ofVirtual().start(() -> lines(process.getInputStream(), "Stdout", output, events));
        Thread err = Thread.ofVirtual().start(() -> lines(process.getErrorStream(), "Stderr", output, events));
        Thread.ofVirtual().start(() -> {
            try {
                out.join();
                err.join();
                send(events, "Terminated", termination(process.waitFor()));
            } catch (InterruptedException e) {
                send(events, "Error", "waiting for the program was interrupted");
            } finally {
                done.run();
            }
        });
    }

    /** Java reports a child killed by signal N as exit 128+N; Tauri sends {code: null, signal: N} then. */
    static Map<String, Object> termination(int exit) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean signaled = exit > 128 && exit < 128 + 65;
        m.put("code", signaled ? null : exit);
        m.put("signal", signaled ? exit - 128 : null);
        return m;
    }

    private static void lines(InputStream raw, String kind, Output output, Channel<Object> events) {
        try (InputStream in = new BufferedInputStream(raw)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1; b = in.read()) {
                line.write(b);
                if (b == '\n' || b == '\r') {
                    emit(line, kind, output, events);
                }
            }
            if (line.size() > 0) emit(line, kind, output, events);
        } catch (IOException e) {
            send(events, "Error", "reading the program's " + kind.toLowerCase() + " failed: " + e.getMessage());
        }
    }

    private static void emit(ByteArrayOutputStream line, String kind, Output output, Channel<Object> events) {
        try {
            send(events, kind, output.decode(line.toByteArray()));
        } catch (CharacterCodingException e) {
            send(events, "Error", "invalid utf-8 sequence in the program's " + kind.toLowerCase() + ". Fix: pass options.encoding");
        }
        line.reset();
    }

    private static void send(Channel<Object> events, String event, Object payload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.put("payload", payload);
        synchronized (events) {
            if (!events.isClosed()) events.send(m);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try (in) {
            in.transferTo(to);
        } catch (IOException e) {
            // the child is gone; what was read stays
        }
    }
}
