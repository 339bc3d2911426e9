package dev.tauri4j.internal.platform;

/**
 * What changes on the app's entry in the dock or taskbar; a null field stays as it was.
 *
 * @param progress        the progress bar's fill, 0 to 1
 * @param progressVisible whether the progress bar shows
 * @param count           the badge's number
 * @param countVisible    whether the badge shows
 */
public record LauncherUpdate(Double progress, Boolean progressVisible, Long count, Boolean countVisible) {}
