package dev.tauri4j.plugins.fs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The options objects {@code @tauri-apps/plugin-fs} sends, field for field (absent fields are null). */
public final class FsOptions {

    private FsOptions() {
    }

    /** {@code {baseDir}}: most commands. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Base(Integer baseDir) {}

    /** {@code open}'s options (Tauri's OpenOptions; {@code read} defaults to true). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Open(Integer baseDir, Boolean read, Boolean write, Boolean append, Boolean truncate, Boolean create,
                       Boolean createNew, Integer mode) {}

    /** {@code mkdir}'s options. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mkdir(Integer baseDir, Integer mode, Boolean recursive) {}

    /** {@code remove}'s options. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Remove(Integer baseDir, Boolean recursive) {}

    /** {@code rename}'s options. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rename(Integer oldPathBaseDir, Integer newPathBaseDir) {}

    /** {@code copy_file}'s options. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Copy(Integer fromPathBaseDir, Integer toPathBaseDir) {}

    /** {@code write_file}'s options (in the {@code options} header; {@code create} defaults to true). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Write(Integer baseDir, Boolean append, Boolean create, Boolean createNew, Integer mode) {}

    /** {@code watch}'s options ({@code delayMs} absent for {@code watchImmediate}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Watch(Integer baseDir, Boolean recursive, Long delayMs) {}

    static boolean is(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
