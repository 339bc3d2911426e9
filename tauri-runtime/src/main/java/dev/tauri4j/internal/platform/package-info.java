/**
 * The platform SPI: everything the runtime asks of the operating system, and the only place it may differ.
 *
 * <p>A backend lives in its own package below this one ({@code linux} today; {@code macos} and {@code windows}
 * later), implements {@link dev.tauri4j.internal.platform.WebviewPlatform} and its windows, and lists a
 * {@link dev.tauri4j.internal.platform.PlatformProvider} in
 * {@code META-INF/services/dev.tauri4j.internal.platform.PlatformProvider}; the provider says whether it runs on
 * this OS. Besides windows and webviews the platform supplies the app origin
 * ({@link dev.tauri4j.internal.platform.WebviewPlatform#schemeOrigin}), the OS folders
 * ({@link dev.tauri4j.internal.platform.SystemDirectories}), the system opener
 * ({@link dev.tauri4j.internal.platform.SystemOpener}) and whether its WebDriver launched the process. Sizes are
 * logical pixels, scale factors {@code double}. {@code PlatformNeutralityTest} fails when code outside a backend
 * package tests {@code os.name} or names a toolkit.
 */
package dev.tauri4j.internal.platform;
