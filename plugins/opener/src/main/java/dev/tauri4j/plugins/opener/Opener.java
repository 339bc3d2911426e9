package dev.tauri4j.plugins.opener;

import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.plugins.opener.linux.FileManager1;
import dev.tauri4j.plugins.opener.linux.OpenWith;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The opener's features for Java code (Tauri's {@code app.opener()}): no scope applies here, the app decides. Opening
 * goes to the desktop's default app ({@link App#openWithSystem}, {@code xdg-open} on Linux) or, with {@code with}, to
 * that program; revealing goes to the file manager.
 */
public final class Opener {

    private final App app;

    /** The opener of {@code app}. */
    public Opener(App app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /**
     * Opens {@code url} with the default app, or with the program {@code with} (a name on {@code PATH} or a path) run
     * with the URL as its one argument; null for the default.
     */
    public void openUrl(String url, String with) {
        open(Objects.requireNonNull(url, "url"), with);
    }

    /**
     * Opens the file or folder {@code path} as {@link #openUrl} opens a URL; with the default app, a path that does not
     * exist fails with {@code NOT_FOUND} (as Tauri's opener since 2.2.3), since {@code xdg-open} would only fail later.
     */
    public void openPath(String path, String with) {
        Objects.requireNonNull(path, "path");
        if (with == null && !Files.exists(Path.of(path))) throw new CommandException("NOT_FOUND", "No such file or directory: " + path);
        open(path, with);
    }

    /**
     * Shows {@code paths} selected in the file manager (FileManager1 {@code ShowItems}); where no file manager answers
     * that call, opens the folder of the first one instead. Each path must exist; symbolic links are resolved.
     */
    public void revealItemsInDir(List<Path> paths) {
        List<Path> real = new ArrayList<>();
        for (Path p : paths) real.add(realPath(p));
        if (real.isEmpty()) return;
        try {
            if (FileManager1.showItems(real)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("INTERRUPTED", "revealing " + real + " was interrupted");
        }
        Path first = real.getFirst();
        Path folder = first.getParent() == null ? first : first.getParent();
        open(folder.toString(), null);
    }

    private void open(String target, String with) {
        try {
            if (with == null) app.openWithSystem(target);
            else OpenWith.open(with, target);
        } catch (IOException e) {
            String how = with == null ? "the default app" : with;
            throw new CommandException("OPEN_FAILED", "failed to open " + target + " with " + how + ": " + e.getMessage()
                    + (with == null ? ". Fix: install xdg-utils (xdg-open)" : ". Fix: install " + with + " or put it on the PATH"), null, e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toAbsolutePath().toRealPath();
        } catch (NoSuchFileException e) {
            throw new CommandException("NOT_FOUND", "No such file or directory: " + p);
        } catch (IOException e) {
            throw new CommandException("IO_ERROR", p + ": " + e.getMessage());
        }
    }
}
