package dev.tauri4j.internal.runtime;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.Window;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.NativeWindow;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The geometry and state half of {@link Window}, shared by the Java API and the {@code plugin:window} commands.
 * Reads wait for the UI thread; the toolkit works in logical pixels, Tauri's API in physical ones.
 */
public abstract sealed class WindowControls implements Window permits WindowRuntime {

    /** Runs {@code read} on the UI thread with the live webview and waits for its result. */
    abstract <T> T query(Function<NativeWebview, T> read);

    /** Queues {@code change} to the UI thread; nothing happens when the window is already gone. */
    abstract void apply(Consumer<NativeWebview> change);

    /** The app the window belongs to. */
    abstract AppRuntime app();

    /** Runs {@code change} on the UI thread and waits, so a command returns after the window changed. */
    public final void applyAndWait(Consumer<NativeWindow> change) {
        query(v -> {
            change.accept(v.window());
            return null;
        });
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }

    /** A logical size in physical pixels, rounded as Tauri's {@code to_physical}. */
    public static PhysicalSize physical(NativeWindow.Bounds b, double scale) {
        return new PhysicalSize(round(b.width() * scale), round(b.height() * scale));
    }

    /** A logical position in physical pixels, rounded as Tauri's {@code to_physical}. */
    public static PhysicalPosition physicalPosition(NativeWindow.Bounds b, double scale) {
        return new PhysicalPosition(round(b.x() * scale), round(b.y() * scale));
    }

    @Override
    public String title() {
        return query(v -> v.window().title());
    }

    @Override
    public PhysicalSize innerSize() {
        return query(v -> physical(v.window().inner(), v.window().scaleFactor()));
    }

    @Override
    public PhysicalSize outerSize() {
        return query(v -> physical(v.window().outer(), v.window().scaleFactor()));
    }

    @Override
    public PhysicalPosition innerPosition() {
        return query(v -> physicalPosition(v.window().inner(), v.window().scaleFactor()));
    }

    @Override
    public PhysicalPosition outerPosition() {
        return query(v -> physicalPosition(v.window().outer(), v.window().scaleFactor()));
    }

    @Override
    public double scaleFactor() {
        return query(v -> v.window().scaleFactor());
    }

    public NativeWindow.WindowStates states() {
        return query(v -> v.window().states());
    }

    /** Resizes to a size given in logical or physical pixels. */
    public void resize(double width, double height, boolean physical) {
        applyAndWait(w -> {
            double s = physical ? w.scaleFactor() : 1;
            w.resize(round(width / s), round(height / s));
        });
    }

    /** Moves to a position given in logical or physical pixels. */
    public void move(double x, double y, boolean physical) {
        applyAndWait(w -> {
            double s = physical ? w.scaleFactor() : 1;
            w.move(round(x / s), round(y / s));
        });
    }

    /** Sets the min or max size; a null width and height remove it. */
    public void limit(boolean max, Double width, Double height, boolean physical) {
        applyAndWait(w -> {
            double s = physical ? w.scaleFactor() : 1;
            Integer lw = width == null ? null : round(width / s);
            Integer lh = height == null ? null : round(height / s);
            if (max) w.setMaxSize(lw, lh);
            else w.setMinSize(lw, lh);
        });
    }

    @Override
    public void setSize(double logicalWidth, double logicalHeight) {
        apply(v -> v.window().resize(round(logicalWidth), round(logicalHeight)));
    }

    @Override
    public void setPosition(double logicalX, double logicalY) {
        apply(v -> v.window().move(round(logicalX), round(logicalY)));
    }

    @Override
    public void center() {
        apply(v -> v.window().center());
    }

    @Override
    public void show() {
        apply(NativeWebview::show);
    }

    @Override
    public void hide() {
        apply(NativeWebview::hide);
    }

    @Override
    public boolean isVisible() {
        return states().visible();
    }

    @Override
    public void minimize() {
        apply(v -> v.window().setMinimized(true));
    }

    @Override
    public void unminimize() {
        apply(v -> v.window().setMinimized(false));
    }

    @Override
    public boolean isMinimized() {
        return states().minimized();
    }

    @Override
    public void maximize() {
        apply(v -> v.window().setMaximized(true));
    }

    @Override
    public void unmaximize() {
        apply(v -> v.window().setMaximized(false));
    }

    @Override
    public boolean isMaximized() {
        return states().maximized();
    }

    @Override
    public void setFullscreen(boolean fullscreen) {
        apply(v -> v.window().setFullscreen(fullscreen));
    }

    @Override
    public boolean isFullscreen() {
        return states().fullscreen();
    }

    @Override
    public void setFocus() {
        apply(v -> v.window().focus());
    }

    @Override
    public boolean isFocused() {
        return states().focused();
    }

    @Override
    public void setResizable(boolean resizable) {
        apply(v -> v.window().setResizable(resizable));
    }

    @Override
    public void setDecorations(boolean decorations) {
        apply(v -> v.window().setDecorated(decorations));
    }

    @Override
    public boolean isDecorated() {
        return states().decorated();
    }

    @Override
    public void setAlwaysOnTop(boolean alwaysOnTop) {
        apply(v -> v.window().setAlwaysOnTop(alwaysOnTop));
    }

    @Override
    public void requestClose() {
        apply(v -> v.window().requestClose());
    }

    @Override
    public java.lang.foreign.MemorySegment nativeHandle() {
        return query(v -> v.window().handle());
    }

    @Override
    public void setIgnoreCursorEvents(boolean ignore) {
        applyAndWait(n -> n.setIgnoreCursorEvents(ignore));
    }

    @Override
    public void setIcon(dev.tauri4j.plugin.Image icon) {
        applyAndWait(n -> n.setIcon(icon));
    }

    @Override
    public void setProgressBar(dev.tauri4j.ProgressBarStatus status, Integer progress) {
        LauncherEntry.progress(app(), status, progress);
    }

    @Override
    public void setBadgeCount(Long count) {
        LauncherEntry.badge(app(), count);
    }

    @Override
    public boolean isMaximizable() {
        return true; // GTK has no maximize-button switch; Tauri answers true on Linux
    }

    @Override
    public boolean isMinimizable() {
        return true;
    }

    @Override
    public boolean isClosable() {
        return states().closable();
    }
}
