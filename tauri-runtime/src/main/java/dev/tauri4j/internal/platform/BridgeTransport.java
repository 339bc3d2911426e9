package dev.tauri4j.internal.platform;

import java.util.List;
import java.util.Objects;

/**
 * What the JS bridge needs to know of the webview it runs in: where the script-message handler is (as a property
 * path from {@code window} to the object whose {@code postMessage} takes a string), how the IPC scheme is named in
 * a CSP, and the OS's path separators for {@code @tauri-apps/api/path}'s {@code sep()} and {@code delimiter()}.
 *
 * @param messageHandler e.g. {@code ["webkit", "messageHandlers", "ipc"]} (WebKit), {@code ["chrome", "webview"]} (WebView2)
 * @param ipcCspSource the CSP source that allows {@code fetch} to the IPC scheme: {@code ipc:}, or {@code http://ipc.localhost}
 * @param pathSeparator {@code /} or {@code \}
 * @param pathDelimiter {@code :} or {@code ;}
 */
public record BridgeTransport(List<String> messageHandler, String ipcCspSource, String pathSeparator, String pathDelimiter) {

    public BridgeTransport {
        messageHandler = List.copyOf(messageHandler);
        if (messageHandler.isEmpty()) throw new IllegalArgumentException("the message handler path must not be empty");
        Objects.requireNonNull(ipcCspSource, "ipcCspSource");
        Objects.requireNonNull(pathSeparator, "pathSeparator");
        Objects.requireNonNull(pathDelimiter, "pathDelimiter");
    }
}
