/**
 * The plugin API: {@link dev.tauri4j.plugin.Plugin}, the {@link dev.tauri4j.plugin.PluginContext} it is set up
 * with, its {@link dev.tauri4j.plugin.PluginConfig}, the {@link dev.tauri4j.plugin.Resources} table that
 * hands JS ids for Java objects, {@link dev.tauri4j.plugin.GrantedPaths} (paths granted at run time, on top of a
 * scope), and {@link dev.tauri4j.plugin.Image}. The core modules ({@code app}, {@code window},
 * {@code webview}, {@code path}, {@code event}) are plugins on this same API. See docs/plugins.md.
 */
package dev.tauri4j.plugin;
