package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.NULL;

import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/** A WebKitURISchemeRequest; holds a reference so it can be finished later from any thread. */
final class GtkSchemeRequest implements SchemeRequest {

    private static final int CHUNK = 1 << 20;

    private final MemorySegment request;
    private final LinuxPlatform platform;
    private final AtomicBoolean finished = new AtomicBoolean();

    GtkSchemeRequest(MemorySegment request, LinuxPlatform platform) throws Throwable {
        this.request = (MemorySegment) GLib.g_object_ref.h().invokeExact(request);
        this.platform = platform;
    }

    @Override
    public String uri() {
        return call(WebKit.uri_scheme_request_get_uri);
    }

    @Override
    public String path() {
        return call(WebKit.uri_scheme_request_get_path);
    }

    @Override
    public String method() {
        String m = call(WebKit.uri_scheme_request_get_http_method);
        return m == null ? "GET" : m;
    }

    private String call(Native.Fn fn) {
        try {
            return Native.string((MemorySegment) fn.h().invokeExact(request));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String header(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment headers = (MemorySegment) WebKit.uri_scheme_request_get_http_headers.h().invokeExact(request);
            if (headers.equals(NULL)) return null;
            return Native.string((MemorySegment) GLib.soup_message_headers_get_one.h().invokeExact(headers, arena.allocateFrom(name)));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String windowLabel() {
        try {
            MemorySegment view = (MemorySegment) WebKit.uri_scheme_request_get_web_view.h().invokeExact(request);
            GtkWebview w = view.equals(NULL) ? null : GtkWebview.byViewPointer(view);
            return w == null ? null : w.handler().label();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public byte[] body(int maxBytes) {
        try {
            MemorySegment stream = (MemorySegment) WebKit.uri_scheme_request_get_http_body.h().invokeExact(request);
            if (stream.equals(NULL)) return new byte[0];
            try (Arena arena = Arena.ofConfined()) {
                // presized from Content-Length, so each chunk is copied once, straight into the result
                byte[] out = new byte[initialSize(maxBytes)];
                int size = 0;
                MemorySegment buffer = arena.allocate(CHUNK);
                MemorySegment read = arena.allocate(ValueLayout.JAVA_LONG);
                while (true) {
                    int ok = (int) GLib.g_input_stream_read_all.h().invokeExact(stream, buffer, (long) CHUNK, read, NULL, NULL);
                    int n = (int) read.get(ValueLayout.JAVA_LONG, 0);
                    if (ok == 0) throw new IllegalStateException("reading the request body failed");
                    if ((long) size + n > maxBytes) throw new IllegalArgumentException("request body larger than " + maxBytes + " bytes");
                    if (size + n > out.length) out = Arrays.copyOf(out, Math.min(maxBytes, Math.max(size + n, out.length * 2)));
                    MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, out, size, n);
                    size += n;
                    if (n < CHUNK) return size == out.length ? out : Arrays.copyOf(out, size);
                }
            } finally {
                GLib.g_object_unref.h().invokeExact(stream);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private int initialSize(int maxBytes) {
        try {
            long declared = Long.parseLong(header("Content-Length"));
            return (int) Math.max(0, Math.min(declared, maxBytes));
        } catch (NumberFormatException e) {
            return 64 * 1024;
        }
    }

    @Override
    public void respond(SchemeResponse response) {
        if (!finished.compareAndSet(false, true)) throw new IllegalStateException("request already answered");
        if (platform.isUiThread()) finish(response);
        else platform.dispatch(() -> finish(response));
    }

    private void finish(SchemeResponse response) {
        try (Arena arena = Arena.ofConfined()) {
            byte[] body = response.body();
            MemorySegment bytes = GLib.bytes(body, 0, body.length);
            MemorySegment stream = (MemorySegment) GLib.g_memory_input_stream_new_from_bytes.h().invokeExact(bytes);
            GLib.g_bytes_unref.h().invokeExact(bytes);
            MemorySegment answer = (MemorySegment) WebKit.uri_scheme_response_new.h().invokeExact(stream, (long) body.length);
            WebKit.uri_scheme_response_set_status.h().invokeExact(answer, response.status(), NULL);
            MemorySegment type = arena.allocateFrom(response.contentType());
            WebKit.uri_scheme_response_set_content_type.h().invokeExact(answer, type);
            // fetch() sees only headers set this way (set_content_type alone leaves Content-Type empty for JS)
            MemorySegment headers = (MemorySegment) GLib.soup_message_headers_new.h().invokeExact(1 /* RESPONSE */);
            GLib.soup_message_headers_append.h().invokeExact(headers, arena.allocateFrom("Content-Type"), type);
            for (var h : response.headers().entrySet()) {
                GLib.soup_message_headers_append.h().invokeExact(headers, arena.allocateFrom(h.getKey()), arena.allocateFrom(h.getValue()));
            }
            WebKit.uri_scheme_response_set_http_headers.h().invokeExact(answer, headers);
            WebKit.uri_scheme_request_finish_with_response.h().invokeExact(request, answer);
            GLib.g_object_unref.h().invokeExact(answer);
            GLib.g_object_unref.h().invokeExact(stream);
        } catch (Throwable t) {
            System.getLogger("dev.tauri4j.webview").log(System.Logger.Level.ERROR, "could not answer " + request, t);
        } finally {
            try {
                GLib.g_object_unref.h().invokeExact(request);
            } catch (Throwable ignored) {
                // nothing left to do: the request is leaked at worst
            }
        }
    }
}
