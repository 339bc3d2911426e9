package dev.tauri4j.build.frontend;

/** What {@link FrontendBuild#run} did. */
public enum FrontendBuildOutcome {
    /** The build commands ran and succeeded. */
    BUILT,
    /** Nothing ran: inputs and output match the last successful build. */
    UP_TO_DATE,
    /** Nothing ran: there is no build to run (no package.json or no build script, and no beforeBuildCommand). */
    NOTHING_TO_BUILD,
    /** Nothing ran: the caller asked for {@link FrontendBuildMode#NEVER}. */
    SKIPPED
}
