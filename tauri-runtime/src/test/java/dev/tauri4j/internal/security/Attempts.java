package dev.tauri4j.internal.security;

import dev.tauri4j.test.TauriDriver;
import java.util.Map;

/**
 * The outcome of calling one command many times from the page in the window: how many calls were answered ok,
 * the error codes of the others (NO_ANSWER after 5 s), and the last error message.
 */
record Attempts(long ok, Map<String, Object> codes, String message) {

    private static final String LOOP = """
            const [cmd, n, binary] = [arguments[0], arguments[1], arguments[2]];
            const args = binary ? new Uint8Array([1, 2, 3]) : (%s);
            const out = { ok: 0, codes: {}, message: null };
            for (let i = 0; i < n; i++) {
              const call = window.__TAURI_INTERNALS__.invoke(cmd, args);
              const timeout = new Promise((_, reject) => setTimeout(() => reject({ code: 'NO_ANSWER', message: 'no answer' }), 5000));
              try { await Promise.race([call, timeout]); out.ok++; }
              catch (e) { const c = (e && e.code) || String(e); out.codes[c] = (out.codes[c] || 0) + 1; out.message = e && e.message; }
            }
            return out;""";

    static Attempts run(TauriDriver app, String command, String argsJs, int times) {
        return of(app.executeAsync(LOOP.formatted(argsJs), command, times, false));
    }

    /** Binary calls: the bridge sends them as a POST to the ipc: scheme. */
    static Attempts binary(TauriDriver app, String command, int times) {
        return of(app.executeAsync(LOOP.formatted("null"), command, times, true));
    }

    private static Attempts of(Object result) {
        Map<String, Object> m = map(result);
        return new Attempts((Long) m.get("ok"), map(m.get("codes")), (String) m.get("message"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
