package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevLoopTest {

    @TempDir
    Path project;

    final RecordingLog log = new RecordingLog();
    final List<FakeApp> apps = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    final AtomicInteger compiles = new AtomicInteger();
    final AtomicBoolean compileSucceeds = new AtomicBoolean(true);
    final AtomicBoolean frontendStopped = new AtomicBoolean();

    static final class FakeApp implements RunningApp {
        final CompletableFuture<Integer> exit = new CompletableFuture<>();
        volatile boolean stopped;

        @Override public CompletableFuture<Integer> onExit() { return exit; }
        @Override public void stop() { stopped = true; exit.complete(143); }
    }

    DevLoop loop() {
        Frontend.Starter frontend = () -> () -> frontendStopped.set(true);
        AppLauncher launcher = () -> {
            FakeApp app = new FakeApp();
            apps.add(app);
            return app;
        };
        Compiler compiler = (changed, l) -> {
            compiles.incrementAndGet();
            return compileSucceeds.get();
        };
        ChangeSource source = timeout -> {
            Set<Path> batch = changes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return batch == null ? Set.of() : batch;
        };
        DevLoop.Layout layout = new DevLoop.Layout(List.of(project.resolve("src/main/java")),
                List.of(project.resolve("src/main/resources")), project.resolve("target/classes"));
        return new DevLoop(log, frontend, launcher, compiler, source, layout, false);
    }

    @Test
    void aJavaChangeRecompilesAndRestartsAndClosingTheAppEndsTheSession() throws Exception {
        CompletableFuture<Integer> result = start();
        await(() -> apps.size() == 1);

        changes.add(Set.of(project.resolve("src/main/java/app/Main.java")));
        await(() -> apps.size() == 2);
        assertThat(compiles).hasValue(1);
        assertThat(apps.getFirst().stopped).isTrue();
        assertThat(log.text()).contains("App restarted in ");

        apps.get(1).exit.complete(0); // the window was closed
        assertThat(result.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(frontendStopped).isTrue();
    }

    @Test
    void aFailedCompileKeepsTheRunningApp() throws Exception {
        CompletableFuture<Integer> result = start();
        await(() -> apps.size() == 1);
        compileSucceeds.set(false);

        changes.add(Set.of(project.resolve("src/main/java/app/Main.java")));
        await(() -> compiles.get() == 1);
        Thread.sleep(300);
        assertThat(apps).hasSize(1);
        assertThat(apps.getFirst().isAlive()).isTrue();
        await(() -> log.text().contains("Compilation failed: the app keeps running the last good build"));

        compileSucceeds.set(true);
        changes.add(Set.of(project.resolve("src/main/java/app/Main.java")));
        await(() -> apps.size() == 2);
        apps.get(1).exit.complete(0);
        result.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aResourceChangeIsCopiedAndRestartsWithoutCompiling() throws Exception {
        Path resource = Files.createDirectories(project.resolve("src/main/resources/web")).resolve("a.txt");
        Files.writeString(resource, "new");
        CompletableFuture<Integer> result = start();
        await(() -> apps.size() == 1);

        changes.add(Set.of(resource));
        await(() -> apps.size() == 2);
        assertThat(compiles).hasValue(0);
        assertThat(project.resolve("target/classes/web/a.txt")).hasContent("new");

        apps.get(1).exit.complete(0);
        result.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aCrashedAppIsRestartedOnTheNextChangeAndTheDevServerStaysUp() throws Exception {
        CompletableFuture<Integer> result = start();
        await(() -> apps.size() == 1);
        apps.getFirst().exit.complete(1);
        await(() -> log.text().contains("The app exited with code 1"));
        assertThat(frontendStopped).isFalse();

        changes.add(Set.of(project.resolve("tauri.conf.json")));
        await(() -> apps.size() == 2);
        apps.get(1).exit.complete(0);
        assertThat(result.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(frontendStopped).isTrue();
    }

    private CompletableFuture<Integer> start() {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        DevLoop loop = loop();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(loop.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met in 5 s");
            Thread.sleep(10);
        }
    }
}
