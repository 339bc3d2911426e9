package dev.tauri4j;

/** The state of the app's progress bar on its dock or taskbar entry, as Tauri's {@code ProgressBarStatus}. */
public enum ProgressBarStatus {
    /** Hides the progress bar. */
    NONE,
    /** Shows the progress. */
    NORMAL,
    /** Busy without a known progress; shown as {@link #NORMAL} on Linux, as in Tauri. */
    INDETERMINATE,
    /** Paused; shown as {@link #NORMAL} on Linux, as in Tauri. */
    PAUSED,
    /** Failed; shown as {@link #NORMAL} on Linux, as in Tauri. */
    ERROR;

    /** The status Tauri's JSON names ("none", "normal", "indeterminate", "paused", "error"). */
    public static ProgressBarStatus of(String name) {
        for (ProgressBarStatus s : values()) {
            if (s.name().equalsIgnoreCase(name)) return s;
        }
        throw new IllegalArgumentException("progress bar status must be one of none, normal, indeterminate, paused, error; found \""
                + name + "\"");
    }
}
