/** Test doubles for an app's unit tests: code that takes a {@link dev.tauri4j.Window} can be tested without a display. */
package dev.tauri4j.testing;
