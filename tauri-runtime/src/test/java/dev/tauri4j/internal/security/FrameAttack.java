package dev.tauri4j.internal.security;

import dev.tauri4j.test.TauriDriver;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;

/** Puts an iframe of another origin into the app page and, once it loaded, attacks the IPC from inside it. */
final class FrameAttack {

    private static final String ADD_FRAME = """
            const f = document.createElement('iframe');
            f.id = 'attack-frame'; f.src = arguments[0];
            document.querySelectorAll('#attack-frame').forEach(e => e.remove());
            document.body.appendChild(f);
            await new Promise(r => { f.onload = r; setTimeout(r, 3000); });
            // a frame that loaded another origin cannot be read; one whose load was blocked is still our about:blank
            try { void f.contentWindow.location.href; return false; } catch (e) { return true; }""";

    private static final String ATTACK = """
            const n = arguments[0];
            const out = { internals: typeof window.__TAURI_INTERNALS__ };
            try { parent.__TAURI_INTERNALS__.invoke('increment'); out.parentAccess = 'called'; } catch (e) { out.parentAccess = e.name; }
            const h = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.ipc;
            out.messageHandler = typeof h;
            let posted = 0;
            for (let i = 0; h && i < n; i++) {
              try {
                h.postMessage(JSON.stringify({ w: 'main', i: 1000 + i, c: 'increment', a: {} }));
                h.postMessage(JSON.stringify({ k: 'guess-' + i, w: 'main', i: 2000 + i, c: 'increment', a: {} }));
                posted += 2;
              } catch (e) { out.postError = String(e); }
            }
            out.posted = posted;
            let fetchOk = 0; const results = {};
            for (let i = 0; i < n; i++) for (const key of [null, 'guess-' + i]) {
              const headers = { 'Content-Type': 'application/octet-stream', 'Tauri-Window': 'main' };
              if (key) headers['Tauri-Invoke-Key'] = key;
              try {
                const r = await fetch('ipc://localhost/increment', { method: 'POST', body: new Uint8Array([1]), headers: headers });
                const k = 'HTTP ' + r.status; results[k] = (results[k] || 0) + 1; if (r.ok) fetchOk++;
              } catch (e) { results[e.name] = (results[e.name] || 0) + 1; }
            }
            out.fetchOk = fetchOk; out.fetchResults = JSON.stringify(results);
            await new Promise(r => setTimeout(r, 300));
            return out;""";

    private FrameAttack() {}

    static Map<String, Object> run(TauriDriver app, String src, int times) {
        boolean loaded = (Boolean) app.executeAsync(ADD_FRAME, src);
        Map<String, Object> out = new HashMap<>();
        out.put("loaded", loaded);
        if (!loaded) return out;
        app.driver().switchTo().frame(app.driver().findElement(By.id("attack-frame")));
        try {
            out.putAll(Attempts.map(app.executeAsync(ATTACK, times)));
        } finally {
            app.driver().switchTo().defaultContent();
        }
        return out;
    }
}
