package dev.tauri4j.plugins.singleinstance;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.singleinstance.linux.SocketPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Tauri's single-instance plugin ({@code tauri-plugin-single-instance} 2.x): one running instance per user and app
 * identifier. A second launch hands its program arguments and working directory to the running instance, which calls
 * the handler, and exits (code 0) before it opens any window. Add it first, so that a second launch sets up
 * nothing else. It has no commands and no npm package, as Tauri's.
 */
public final class SingleInstancePlugin implements Plugin {

    private final List<String> args;
    private final SecondLaunchHandler handler;
    private volatile InstanceSocket socket;

    /**
     * @param args    the program's arguments, what {@code main} got (handed over by a second launch)
     * @param handler what the running instance does with a later launch, e.g. focus its window
     */
    public SingleInstancePlugin(String[] args, SecondLaunchHandler handler) {
        this.args = List.of(args);
        this.handler = java.util.Objects.requireNonNull(handler, "handler");
    }

    @Override
    public String name() {
        return "single-instance";
    }

    @Override
    public void setup(PluginContext context) throws IOException {
        Path path = SocketPath.of(context.app().config().identifier());
        Launch launch = new Launch(args, Path.of("").toAbsolutePath());
        Optional<InstanceSocket> claimed = InstanceSocket.claim(path, launch, l -> handler.onLaunch(context.app(), l));
        if (claimed.isEmpty()) {
            System.getLogger(SingleInstancePlugin.class.getName()).log(System.Logger.Level.INFO,
                    "{0} runs already; handed this launch over to it", context.app().config().identifier());
            System.exit(0); // what Tauri's plugin does: the second launch ends before any window
        }
        socket = claimed.get();
    }

    @Override
    public void onExit(int code) {
        try {
            if (socket != null) socket.close();
        } catch (IOException e) {
            // a file left behind is stale, and the next launch removes it
            System.getLogger(SingleInstancePlugin.class.getName()).log(System.Logger.Level.WARNING, "cannot remove " + socket.path() + ": " + e);
        }
    }
}
