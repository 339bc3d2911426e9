package dev.tauri4j.internal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the attack app's tauri.conf.json and capabilities/ for a site at {@code origin}. */
final class AttackConfig {

    private AttackConfig() {}

    static Path write(Path dir, String origin) throws IOException {
        Path caps = Files.createDirectories(dir.resolve("capabilities"));
        Files.writeString(caps.resolve("app.json"), """
                {"identifier": "app", "description": "the app's own pages in the main window", "windows": ["main"],
                 "permissions": ["core:default", "allow-greet", "allow-increment", "allow-runs", "allow-secret", "allow-echoBytes"]}""");
        Files.writeString(caps.resolve("locked.json"), """
                {"identifier": "locked", "description": "secret is never callable in main", "windows": ["main"],
                 "remote": {"urls": ["%s/trusted/*"]}, "permissions": ["deny-secret"]}""".formatted(origin));
        Files.writeString(caps.resolve("remote.json"), """
                {"identifier": "remote", "description": "the trusted part of the site", "windows": ["main"], "local": false,
                 "remote": {"urls": ["%s/trusted/*"]}, "permissions": ["allow-increment", "allow-secret"]}""".formatted(origin));
        return Files.writeString(dir.resolve("tauri.conf.json"), """
                {"productName": "tauri4j-attack", "identifier": "dev.tauri4j.attack",
                 "app": {"windows": [{"label": "main", "title": "attack", "url": "%s/start.html", "width": 800, "height": 600}]}}"""
                .formatted(origin));
    }
}
