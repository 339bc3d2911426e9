package dev.tauri4j.plugins.http;

import dev.tauri4j.CommandException;
import dev.tauri4j.Window;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.scope.UrlScope;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugin.Scope;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Tauri's http plugin ({@code @tauri-apps/plugin-http} 2.7.0): the package's {@code fetch()} sends
 * {@code fetch {clientConfig}} (answers a request rid), {@code fetch_send {rid}} (the response's head and a body rid),
 * {@code fetch_read_body {rid}} (the body chunk by chunk), {@code fetch_cancel} and {@code fetch_cancel_body}. Requests
 * go out from the JDK's {@link java.net.http.HttpClient}; only URLs that the call's URL scope allows
 * ({@code {"url": "https://*.example.com/*"}} on {@code http:default} or {@code http:allow-fetch}) are fetched, and
 * every redirect hop is checked too. Requests and bodies live in the calling window's resource table.
 */
public final class HttpPlugin implements Plugin {

    /** What {@code fetch_send} answers. */
    public record FetchResponse(int status, String statusText, List<List<String>> headers, String url, int rid) {}

    private final boolean unsafeHeaders;
    private final Clients clients = new Clients();

    /** The plugin as Tauri builds it by default: the Fetch standard's forbidden headers from the page are dropped. */
    public HttpPlugin() {
        this(false);
    }

    private HttpPlugin(boolean unsafeHeaders) {
        this.unsafeHeaders = unsafeHeaders;
    }

    /**
     * Tauri's {@code unsafe-headers} feature: the page may set forbidden headers ({@code Cookie}, {@code Host}-like
     * ones the JDK computes itself excepted), its own {@code Origin} is kept, and an empty {@code Origin} sends none.
     */
    public static HttpPlugin dangerousUnsafeHeaders() {
        return new HttpPlugin(true);
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void setup(PluginContext context) {
        context.commands()
                .command("fetch", (Window window, ClientConfig clientConfig, CommandScope<?> commandScope, GlobalScope<?> globalScope) ->
                        fetch(window, clientConfig, commandScope, globalScope))
                .command("fetch_send", (Window window, Integer rid) -> send(window, rid))
                .command("fetch_read_body", (Window window, Integer rid) -> readBody(window, rid))
                .command("fetch_cancel", (Window window, Integer rid) -> cancel(window, rid))
                .command("fetch_cancel_body", (Window window, Integer rid) -> cancelBody(window, rid));
    }

    @Override
    public void onExit(int code) {
        clients.close();
    }

    /** {@code fetch}: checks the URL against the scope and prepares the request; answers its rid. */
    int fetch(Window window, ClientConfig config, Scope<?> commandScope, Scope<?> globalScope) {
        if (config == null || config.url() == null || config.method() == null) throw FetchError.invalid("clientConfig needs a method and a url");
        URI url;
        try {
            url = URI.create(config.url());
        } catch (IllegalArgumentException e) {
            throw FetchError.invalid("invalid url " + config.url() + ": " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("data")) return window.resources().add(FetchRequest.answered(DataUrl.fetch(config.url())));
        if (!scheme.equals("http") && !scheme.equals("https")) throw FetchError.scheme(scheme);
        if (config.danger() != null && config.danger().any()) {
            throw FetchError.invalid("danger (acceptInvalidCerts, acceptInvalidHostnames) is not supported by tauri4j's http plugin"
                    + " (Fix: trust the server's certificate in the JDK's trust store instead)");
        }
        Predicate<String> inScope = scope(commandScope, globalScope);
        if (!inScope.test(url.toString())) throw FetchError.urlNotAllowed(url.toString());
        List<RequestHeaders.Header> headers = RequestHeaders.of(config.headers(), window.url(), unsafeHeaders);
        Exchange exchange = new Exchange(clients.forConfig(config), config.method().toUpperCase(Locale.ROOT), url, headers,
                config.data(), config.maxRedirections(), inScope);
        return window.resources().add(FetchRequest.of(exchange));
    }

    /** {@code fetch_send}: sends the request and answers the response's head; the body becomes a resource. */
    FetchResponse send(Window window, int rid) throws InterruptedException {
        FetchRequest request = window.resources().get(rid, FetchRequest.class);
        Fetched response;
        try {
            response = request.send();
        } finally {
            if (window.resources().has(rid)) window.resources().take(rid, FetchRequest.class);
        }
        int bodyRid = window.resources().add(new ResponseBody(response.body()));
        return new FetchResponse(response.status(), StatusText.of(response.status()), response.headers(), response.url(), bodyRid);
    }

    /** {@code fetch_read_body}: the next chunk and its end flag; the body resource goes away at the end. */
    byte[] readBody(Window window, int rid) throws IOException {
        byte[] chunk = window.resources().get(rid, ResponseBody.class).next();
        if (chunk.length == 1 && chunk[0] == 1) window.resources().close(rid);
        return chunk;
    }

    /** {@code fetch_cancel}: cancels the request, before or while it is sent. */
    Void cancel(Window window, int rid) {
        window.resources().get(rid, FetchRequest.class).cancel();
        return null;
    }

    /** {@code fetch_cancel_body}: stops reading the body and frees it. */
    Void cancelBody(Window window, int rid) {
        window.resources().get(rid, ResponseBody.class);
        window.resources().close(rid);
        return null;
    }

    /** The call's command and global URL scopes together, as Tauri's plugin reads them: any deny wins. */
    private static Predicate<String> scope(Scope<?> commandScope, Scope<?> globalScope) {
        try {
            UrlScope scope = UrlScope.of(commandScope.entries().plus(globalScope.entries()));
            return scope::allows;
        } catch (ConfigException e) {
            throw new CommandException("INVALID_SCOPE", e.getMessage());
        }
    }
}
