package dev.tauri4j.build.frontend;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last successful frontend build saw, kept in a small JSON file between builds.
 *
 * @param version the format of the file; a file of another version is ignored (and the frontend rebuilt)
 * @param inputs  the fingerprint of the build's inputs when it started
 * @param dist    the fingerprint of the folder it wrote, when it finished
 */
record FrontendState(int version, String inputs, String dist) {

    static final int CURRENT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    FrontendState {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(dist, "dist");
    }

    FrontendState(String inputs, String dist) {
        this(CURRENT_VERSION, inputs, dist);
    }

    /** The state stored in {@code file}; empty when there is none or it cannot be used. */
    static Optional<FrontendState> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            FrontendState state = JSON.readValue(file.toFile(), FrontendState.class);
            return state.version() == CURRENT_VERSION ? Optional.of(state) : Optional.empty();
        } catch (JacksonException e) {
            // A damaged state file only costs a rebuild.
            return Optional.empty();
        }
    }

    /** Stores this state in {@code file}, replacing it in one step so that a crash never leaves half a file. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), this);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
