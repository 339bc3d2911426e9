package dev.tauri4j.plugins.updater;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a download reports, in the shape {@code @tauri-apps/plugin-updater}'s {@code onEvent} receives:
 * {@code {event: "Started", data: {contentLength}}} before the first chunk, {@code {event: "Progress",
 * data: {chunkLength}}} per chunk, {@code {event: "Finished"}} when all bytes arrived (before verification).
 */
public sealed interface DownloadEvent {

    /** The download began; {@code contentLength} is null when the server sent no Content-Length. */
    record Started(Long contentLength) implements DownloadEvent {}

    /** One chunk of {@code chunkLength} bytes arrived. */
    record Progress(long chunkLength) implements DownloadEvent {}

    /** The last byte arrived. */
    record Finished() implements DownloadEvent {}

    /** The event as the JS channel gets it. */
    default Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (this) {
            case Started s -> {
                json.put("event", "Started");
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("contentLength", s.contentLength());
                json.put("data", data);
            }
            case Progress p -> {
                json.put("event", "Progress");
                json.put("data", Map.of("chunkLength", p.chunkLength()));
            }
            case Finished f -> json.put("event", "Finished");
        }
        return json;
    }
}
