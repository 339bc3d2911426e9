package dev.tauri4j.bench;

import dev.tauri4j.internal.platform.SchemeHandler;
import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clocks on the custom-scheme handlers: the UI-thread time a binary upload spends reading its body, and a binary
 * download spends handing its bytes to WebKit; also when the first asset was asked for (start-up).
 */
final class ProbeSchemes {

    /** One timed transfer on the UI thread. */
    record Transfer(long bytes, long nanos) {}

    private final List<Transfer> bodyReads = new CopyOnWriteArrayList<>();
    private final List<Transfer> answers = new CopyOnWriteArrayList<>();
    private volatile long firstRequestMicros;
    private volatile Thread uiThread;

    Map<String, SchemeHandler> wrap(Map<String, SchemeHandler> schemes) {
        Map<String, SchemeHandler> out = new LinkedHashMap<>();
        schemes.forEach((name, handler) -> out.put(name, request -> {
            if (firstRequestMicros == 0) firstRequestMicros = Clock.epochMicros();
            handler.handle(new TimedRequest(request));
        }));
        return out;
    }

    /** respond() is timed only on this thread. */
    void uiThreadIs(Thread thread) {
        uiThread = thread;
    }

    long firstRequestMicros() {
        return firstRequestMicros;
    }

    List<Transfer> bodyReads() {
        return bodyReads;
    }

    List<Transfer> answers() {
        return answers;
    }

    private final class TimedRequest implements SchemeRequest {
        private final SchemeRequest inner;

        TimedRequest(SchemeRequest inner) {
            this.inner = inner;
        }

        @Override
        public byte[] body(int maxBytes) {
            long t0 = System.nanoTime();
            byte[] body = inner.body(maxBytes);
            bodyReads.add(new Transfer(body.length, System.nanoTime() - t0));
            return body;
        }

        @Override
        public void respond(SchemeResponse response) {
            long t0 = System.nanoTime();
            inner.respond(response);
            // only an answer given on the UI thread is finished inside respond(); others are just queued
            if (response.contentType().startsWith("application/octet-stream") && Thread.currentThread() == uiThread) {
                answers.add(new Transfer(response.body().length, System.nanoTime() - t0));
            }
        }

        @Override
        public String uri() {
            return inner.uri();
        }

        @Override
        public String path() {
            return inner.path();
        }

        @Override
        public String method() {
            return inner.method();
        }

        @Override
        public String header(String name) {
            return inner.header(name);
        }

        @Override
        public String windowLabel() {
            return inner.windowLabel();
        }
    }
}
