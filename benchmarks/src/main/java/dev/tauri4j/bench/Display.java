package dev.tauri4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The X display the apps run on: the caller's DISPLAY, or an Xvfb of our own that {@link #close} stops. */
final class Display implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Display acquire() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) return new Display(existing, null);
        // -displayfd lets Xvfb pick a free display itself, so two runs on one machine cannot race for :N
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String number;
        try {
            number = line.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            number = null;
        }
        if (number == null || number.isBlank()) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not start (is the xvfb package installed?)");
        }
        return new Display(":" + number.trim(), p);
    }

    String name() {
        return name;
    }

    boolean ownXvfb() {
        return xvfb != null;
    }

    @Override
    public void close() {
        if (xvfb == null) return;
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) xvfb.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
