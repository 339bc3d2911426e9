package dev.tauri4j.plugins.singleinstance;

import dev.tauri4j.App;

/** What the running app does when it is launched again (Tauri's {@code init(|app, argv, cwd| ...)} callback). */
@FunctionalInterface
public interface SecondLaunchHandler {

    /** Called on a virtual thread of the running app, once the second launch has handed over (it exits then). */
    void onLaunch(App app, Launch launch);
}
