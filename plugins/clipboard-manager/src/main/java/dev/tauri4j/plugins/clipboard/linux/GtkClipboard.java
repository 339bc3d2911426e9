package dev.tauri4j.plugins.clipboard.linux;

import dev.tauri4j.App;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugins.clipboard.NativeClipboard;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * GTK 3's {@code CLIPBOARD} selection. Writes make this app the selection's owner (GTK answers other applications'
 * requests from its main loop while the app runs); reads use GTK's asynchronous requests, whose callbacks complete
 * the futures, so the UI thread never waits in a nested loop. HTML is offered as {@code text/html} beside GTK's text
 * targets, through {@code gtk_clipboard_set_with_data}; {@code clear} takes the selection with no targets at all.
 */
public final class GtkClipboard implements NativeClipboard {

    private static final int INFO_HTML = 1, INFO_TEXT = 2;
    private static final FunctionDescriptor GET_FN = FunctionDescriptor.ofVoid(Gtk.P, Gtk.P, Gtk.I, Gtk.P);
    private static final FunctionDescriptor CLEAR_FN = FunctionDescriptor.ofVoid(Gtk.P, Gtk.P);
    private static final FunctionDescriptor RECEIVED_FN = FunctionDescriptor.ofVoid(Gtk.P, Gtk.P, Gtk.P);

    private static final Map<Long, Function<MemorySegment, Object>> PENDING = new ConcurrentHashMap<>();
    private static final Map<Long, CompletableFuture<Object>> ANSWERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);
    /** What {@link #get} serves while this app owns the clipboard with HTML; only touched on the GTK thread. */
    private static String[] offer = {"", ""};

    private static final class Stubs {
        static final MemorySegment GET = Gtk.upcall(GtkClipboard.class, "get", GET_FN);
        static final MemorySegment CLEAR = Gtk.upcall(GtkClipboard.class, "cleared", CLEAR_FN);
        static final MemorySegment RECEIVED = Gtk.upcall(GtkClipboard.class, "received", RECEIVED_FN);
    }

    private final App app;

    public GtkClipboard(App app) {
        this.app = app;
    }

    private interface NativeTask<T> {
        T run(MemorySegment clipboard) throws Throwable;
    }

    /** Runs {@code task} with the clipboard on the GTK thread; the future holds its result or failure. */
    private <T> CompletableFuture<T> onUiThread(NativeTask<T> task) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        app.runOnMainThread(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment atom = (MemorySegment) Gtk.ATOM_INTERN.invokeExact(arena.allocateFrom("CLIPBOARD"), 0);
                answer.complete(task.run((MemorySegment) Gtk.CLIPBOARD_GET.invokeExact(atom)));
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        return answer;
    }

    @Override
    public CompletableFuture<Void> writeText(String text) {
        return onUiThread(clipboard -> {
            try (Arena arena = Arena.ofConfined()) {
                Gtk.SET_TEXT.invokeExact(clipboard, arena.allocateFrom(text), -1);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> writeHtml(String html, String altText) {
        return onUiThread(clipboard -> {
            offerTargets(clipboard, true);
            offer = new String[] {html, altText};
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> clear() {
        return onUiThread(clipboard -> {
            offerTargets(clipboard, false);
            return null;
        });
    }

    /** Takes the clipboard offering {@code text/html} and GTK's text targets, or (for clear) nothing. */
    private static void offerTargets(MemorySegment clipboard, boolean html) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment list = (MemorySegment) Gtk.TARGET_LIST_NEW.invokeExact(MemorySegment.NULL, 0);
            if (html) {
                MemorySegment type = (MemorySegment) Gtk.ATOM_INTERN.invokeExact(arena.allocateFrom("text/html"), 0);
                Gtk.TARGET_LIST_ADD.invokeExact(list, type, 0, INFO_HTML);
                Gtk.TARGET_LIST_ADD_TEXT.invokeExact(list, INFO_TEXT);
            }
            MemorySegment count = arena.allocate(Gtk.I);
            MemorySegment table = (MemorySegment) Gtk.TARGET_TABLE_FROM_LIST.invokeExact(list, count);
            int n = count.get(Gtk.I, 0);
            // GTK refuses a NULL table even for no targets
            MemorySegment targets = n > 0 ? table : arena.allocate(Gtk.TARGET_ENTRY_SIZE);
            int taken = (int) Gtk.SET_WITH_DATA.invokeExact(clipboard, targets, n, Stubs.GET, Stubs.CLEAR, MemorySegment.NULL);
            if (n > 0) Gtk.TARGET_TABLE_FREE.invokeExact(table, n);
            Gtk.TARGET_LIST_UNREF.invokeExact(list);
            if (taken == 0) throw new IllegalStateException("GTK could not take the clipboard (no X selection owner window?)");
        }
    }

    @Override
    public CompletableFuture<Void> writeImage(Image image) {
        return onUiThread(clipboard -> {
            MemorySegment pixbuf = (MemorySegment) Gtk.PIXBUF_NEW.invokeExact(Gtk.COLORSPACE_RGB, 1, 8, image.width(), image.height());
            if (pixbuf.equals(MemorySegment.NULL)) throw new IllegalStateException("GdkPixbuf could not allocate a " + image.width() + "x" + image.height() + " image");
            int stride = (int) Gtk.PIXBUF_ROWSTRIDE.invokeExact(pixbuf);
            MemorySegment pixels = ((MemorySegment) Gtk.PIXBUF_PIXELS.invokeExact(pixbuf)).reinterpret((long) stride * image.height());
            byte[] rgba = image.rgba();
            int row = image.width() * 4;
            for (int y = 0; y < image.height(); y++) {
                MemorySegment.copy(rgba, y * row, pixels, ValueLayout.JAVA_BYTE, (long) y * stride, row);
            }
            Gtk.SET_IMAGE.invokeExact(clipboard, pixbuf); // the clipboard keeps its own reference
            Gtk.OBJECT_UNREF.invokeExact(pixbuf);
            return null;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Optional<String>> readText() {
        return request(Gtk.REQUEST_TEXT, text -> text.equals(MemorySegment.NULL) ? Optional.empty()
                : Optional.of(text.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8)))
                .thenApply(o -> (Optional<String>) o);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Optional<Image>> readImage() {
        return request(Gtk.REQUEST_IMAGE, pixbuf -> {
            try {
                return pixbuf.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(toImage(pixbuf));
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read the clipboard's image: " + t, t);
            }
        }).thenApply(o -> (Optional<Image>) o);
    }

    /** Sends a GTK request whose callback gets {@code (clipboard, value, id)}; {@code convert} reads the value. */
    private CompletableFuture<Object> request(java.lang.invoke.MethodHandle requestFn, Function<MemorySegment, Object> convert) {
        long id = NEXT.getAndIncrement();
        CompletableFuture<Object> answer = new CompletableFuture<>();
        PENDING.put(id, convert);
        ANSWERS.put(id, answer);
        onUiThread(clipboard -> {
            requestFn.invokeExact(clipboard, Stubs.RECEIVED, MemorySegment.ofAddress(id));
            return null;
        }).whenComplete((ok, failed) -> {
            if (failed != null && ANSWERS.remove(id) != null) {
                PENDING.remove(id);
                answer.completeExceptionally(failed);
            }
        });
        return answer;
    }

    private static Image toImage(MemorySegment pixbuf) throws Throwable {
        int width = (int) Gtk.PIXBUF_WIDTH.invokeExact(pixbuf);
        int height = (int) Gtk.PIXBUF_HEIGHT.invokeExact(pixbuf);
        int stride = (int) Gtk.PIXBUF_ROWSTRIDE.invokeExact(pixbuf);
        int channels = (int) Gtk.PIXBUF_CHANNELS.invokeExact(pixbuf);
        int bits = (int) Gtk.PIXBUF_BITS.invokeExact(pixbuf);
        if (bits != 8 || channels < 3) throw new IllegalStateException(channels + " channels of " + bits + " bits");
        MemorySegment pixels = ((MemorySegment) Gtk.PIXBUF_PIXELS.invokeExact(pixbuf)).reinterpret((long) stride * height);
        byte[] rgba = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                long at = (long) y * stride + (long) x * channels;
                int to = (y * width + x) * 4;
                rgba[to] = pixels.get(ValueLayout.JAVA_BYTE, at);
                rgba[to + 1] = pixels.get(ValueLayout.JAVA_BYTE, at + 1);
                rgba[to + 2] = pixels.get(ValueLayout.JAVA_BYTE, at + 2);
                rgba[to + 3] = channels == 4 ? pixels.get(ValueLayout.JAVA_BYTE, at + 3) : (byte) 0xff;
            }
        }
        return Image.of(rgba, width, height);
    }

    // ---- called by GTK on its thread; an exception must not unwind into C, that would end the JVM ----

    /** {@code GtkClipboardTextReceivedFunc} and {@code GtkClipboardImageReceivedFunc}. */
    static void received(MemorySegment clipboard, MemorySegment value, MemorySegment data) {
        Function<MemorySegment, Object> convert = PENDING.remove(data.address());
        CompletableFuture<Object> answer = ANSWERS.remove(data.address());
        if (convert == null || answer == null) return;
        try {
            answer.complete(convert.apply(value));
        } catch (Throwable t) {
            answer.completeExceptionally(t);
        }
    }

    /** {@code GtkClipboardGetFunc}: another application (or this one) asks for the HTML or its text. */
    static void get(MemorySegment clipboard, MemorySegment selection, int info, MemorySegment data) {
        try (Arena arena = Arena.ofConfined()) {
            if (info == INFO_HTML) {
                byte[] html = offer[0].getBytes(StandardCharsets.UTF_8);
                MemorySegment bytes = arena.allocate(Math.max(1, html.length));
                MemorySegment.copy(html, 0, bytes, ValueLayout.JAVA_BYTE, 0, html.length);
                MemorySegment target = (MemorySegment) Gtk.SELECTION_GET_TARGET.invokeExact(selection);
                Gtk.SELECTION_SET.invokeExact(selection, target, 8, bytes, html.length);
            } else {
                int unused = (int) Gtk.SELECTION_SET_TEXT.invokeExact(selection, arena.allocateFrom(offer[1]), -1);
            }
        } catch (Throwable t) {
            System.getLogger(GtkClipboard.class.getName()).log(System.Logger.Level.ERROR, "serving the clipboard failed", t);
        }
    }

    /** {@code GtkClipboardClearFunc}: another owner took the clipboard; the offer is no longer asked for. */
    static void cleared(MemorySegment clipboard, MemorySegment data) {
        offer = new String[] {"", ""};
    }
}
