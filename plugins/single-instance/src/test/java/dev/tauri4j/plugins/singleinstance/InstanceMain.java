package dev.tauri4j.plugins.singleinstance;

import java.nio.file.Path;
import java.util.Arrays;

/** A process of the test: claims the socket given first, or hands the rest of its arguments to whoever holds it. */
public final class InstanceMain {

    private InstanceMain() {}

    public static void main(String[] argv) throws Exception {
        Launch launch = new Launch(Arrays.asList(argv).subList(1, argv.length), Path.of("").toAbsolutePath());
        var socket = InstanceSocket.claim(Path.of(argv[0]), launch, l -> {
            System.out.println("launch " + l.args() + " in " + l.cwd());
            System.out.flush();
        });
        if (socket.isEmpty()) {
            System.out.println("handed over");
            return;
        }
        System.out.println("first");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
