/**
 * The plugin API: {@link dev.tauri4j.plugin.Plugin}, the {@link dev.tauri4j.plugin.PluginContext} it is set up
 * with, and its {@link dev.tauri4j.plugin.PluginConfig}. The core modules ({@code app}, {@code window},
 * {@code webview}, {@code path}, {@code event}) are plugins on this same API. See docs/plugins.md.
 */
package dev.tauri4j.plugin;
