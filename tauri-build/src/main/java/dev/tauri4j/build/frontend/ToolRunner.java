package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the frontend's commands in its folder, streaming their output to the build log line by line. */
final class ToolRunner {

    /** How many of the last output lines a failure shows: enough for a compiler error with its context. */
    static final int TAIL_LINES = 40;

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** Marks the end of the output; compared by identity, so no line the tool prints can be mistaken for it. */
    private static final String END = new String("end of output");

    private final BuildLog log;
    private final Path workingDir;
    private final Map<String, String> environment;

    /**
     * @param environment the complete environment of the commands (not added to this JVM's); its PATH is also
     *                    where programs are looked up
     */
    ToolRunner(BuildLog log, Path workingDir, Map<String, String> environment) {
        this.log = log;
        this.workingDir = workingDir;
        this.environment = Map.copyOf(environment);
    }

    /** Runs {@code command} to completion; throws {@link FrontendBuildException} unless it exits with 0. */
    void run(ToolCommand command) {
        Path program = ExecutableFinder.find(command.program(), environment.get("PATH")).orElseThrow(() ->
                new FrontendBuildException("Frontend build cannot run `" + command.display() + "`: "
                        + command.program() + " is not on the PATH (" + environment.get("PATH") + "). Fix: "
                        + command.whenMissing()));
        log.info("> " + command.display());
        log.debug("Running " + program + " " + command.arguments() + " in " + workingDir);

        List<String> argv = new ArrayList<>();
        argv.add(program.toString());
        argv.addAll(command.arguments());
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new FrontendBuildException("Frontend build cannot start `" + command.display() + "` (" + program
                    + "): " + e.getMessage(), e);
        }
        // A reader thread hands the lines over, so that they are logged on the caller's thread (as build tools
        // expect) while it still waits interruptibly and can stop the tool when asked.
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().name("frontend-output").start(() -> pump(process, lines));
        Deque<String> tail = new ArrayDeque<>(TAIL_LINES);
        int exit;
        try {
            process.getOutputStream().close();
            for (String line = lines.take(); line != END; line = lines.take()) {
                log.info(line);
                if (tail.size() == TAIL_LINES) tail.removeFirst();
                tail.addLast(line);
            }
            exit = process.waitFor();
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            throw new FrontendBuildException("Frontend build interrupted while running `" + command.display()
                    + "`; it was stopped", e);
        } catch (IOException e) {
            destroyTree(process);
            throw new UncheckedIOException(e);
        }
        if (exit != 0) {
            throw FrontendBuildException.exited(command.display(), workingDir, exit, List.copyOf(tail),
                    fixFor(command));
        }
    }

    private void pump(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
        } catch (IOException e) {
            // The stream closes under us when the process is destroyed; the exit code tells what happened.
            lines.add("(output stopped: " + e.getMessage() + ")");
        } finally {
            lines.add(END);
        }
    }

    private String fixFor(ToolCommand command) {
        String rerun = "run `" + command.display() + "` in " + workingDir + " to see the error, fix it, then build again";
        List<String> args = command.arguments();
        if (args.contains("--frozen-lockfile") || args.contains("--immutable") || command.display().equals("npm ci")) {
            return rerun + ". If the lockfile is out of date with package.json, run `" + command.program()
                    + " install` and commit the updated lockfile";
        }
        return rerun;
    }

    // npm and shells start children of their own (vite, esbuild); stopping only the direct child would leave them.
    // They get a few seconds to exit on SIGTERM, then are killed, so the build never returns with them running.
    private static void destroyTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }
}
