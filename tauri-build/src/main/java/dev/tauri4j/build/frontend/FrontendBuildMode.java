package dev.tauri4j.build.frontend;

/** When the frontend build runs. */
public enum FrontendBuildMode {
    /** Run it unless its inputs and output are unchanged since the last successful build (needs a state file). */
    IF_CHANGED,
    /** Run it every time. */
    ALWAYS,
    /** Never run it; the frontend is built elsewhere (e.g. an earlier CI step) and only embedded. */
    NEVER
}
