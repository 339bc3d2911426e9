package dev.tauri4j.build.importer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to import.
 *
 * @param project        the Tauri project's root (package.json, src-tauri/), where the pom and Java are written
 * @param tauri4jVersion the version of tauri4j the pom depends on
 * @param javaPackage    the Java package of the generated classes; empty: from the config's identifier
 */
public record ImportRequest(Path project, String tauri4jVersion, Optional<String> javaPackage) {}
