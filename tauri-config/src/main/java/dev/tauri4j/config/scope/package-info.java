/**
 * Scopes in Tauri v2's format: the raw entries a capability gives a command ({@link dev.tauri4j.config.scope.CallScope}),
 * and the shared checkers for path scopes ({@link dev.tauri4j.config.scope.PathScope}) and URL scopes
 * ({@link dev.tauri4j.config.scope.UrlScope}). See {@code docs/scopes.md}.
 */
package dev.tauri4j.config.scope;
