package dev.tauri4j.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts the {@link dev.tauri4j.Command @Command} methods of a {@link Plugin} class in the plugin's namespace: with
 * {@code @PluginCommands("echo")}, {@code @Command String greet(String name)} is registered as
 * {@code plugin:echo|greet} when the plugin is set up (not with the app's commands), runs on the plugin instance the
 * app added, and bindings.ts calls {@code invoke('plugin:echo|greet', ...)}. The processor needs the name at compile
 * time, hence the annotation; the runtime refuses to start when it differs from {@link Plugin#name()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PluginCommands {

    /** The plugin's name, as {@link Plugin#name()} returns it. */
    String value();
}
