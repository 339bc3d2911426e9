package dev.tauri4j.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads a {@code tauri.conf.json} written for Tauri v2 into the tauri4j model, with errors and warnings for users. */
public final class ConfigLoader {

    // Duplicate keys and trailing garbage are almost always editing mistakes; Tauri's parser rejects them too.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

    private ConfigLoader() {
    }

    /**
     * Reads the config file; relative paths in it ({@code version} pointing to a package.json) resolve against its folder.
     *
     * @throws ConfigException if the file cannot be read, is not JSON, or does not fit Tauri's schema
     */
    public static LoadedConfig load(Path file) {
        return load(file, ConfigFiles.currentPlatform());
    }

    /**
     * Reads the config file as it applies on {@code platform}: {@code tauri.<platform>.conf.json} (or its JSON5/TOML
     * twin) next to it is merged over it, as Tauri does. The file may be JSON, JSON5 ({@code .json5}) or TOML
     * ({@code Tauri.toml}).
     */
    public static LoadedConfig load(Path file, String platform) {
        Path absolute = file.toAbsolutePath().normalize();
        String source = absolute.getFileName().toString();
        JsonNode raw = readFile(absolute, source);
        List<Path> files = ConfigFiles.parts(absolute, platform);
        if (files.size() > 1) {
            Path overlay = files.get(1);
            JsonNode patch = readFile(overlay, overlay.getFileName().toString());
            if (!patch.isObject()) {
                throw new ConfigException(overlay.getFileName().toString(), "", "must hold one object, merged over "
                        + source + ". Fix: {\"bundle\": {...}} with only what differs on " + platform);
            }
            raw = ConfigFiles.mergePatch(raw, patch);
            source = source + " (with " + overlay.getFileName() + " merged over it)";
        }
        Path baseDir = absolute.getParent();
        ConfigReader reader = new ConfigReader(source, packageJsonReader(source, baseDir));
        TauriConfig config = reader.read(raw);
        return new LoadedConfig(config, raw, baseDir, reader.warnings(), files);
    }

    private static JsonNode readFile(Path file, String source) {
        String text = readText(file, source, "", "Fix: create it (Tauri keeps it in src-tauri/) or pass the right path");
        String name = file.getFileName().toString();
        if (name.endsWith(".toml")) return ConfigFiles.camelCaseKeys(parseToml(text, source));
        if (name.endsWith(".json5")) return readTree(JSON5, text, source, "", "not valid JSON5");
        return readTree(text, source, "", "not valid JSON");
    }

    // JSON5 as far as Jackson reads it: comments, trailing commas, single quotes, unquoted keys, +1, .5, 5., NaN
    private static final JsonMapper JSON5 = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .build();

    /**
     * Parses config text that did not come from a file, so there is no folder to resolve relative paths against.
     *
     * @param sourceName the name used in messages, usually "tauri.conf.json"
     * @throws ConfigException if the text is not JSON or does not fit Tauri's schema
     */
    public static LoadedConfig parse(String json, String sourceName) {
        return parse(json, sourceName, null, packageJsonReader(sourceName, null));
    }

    /**
     * Parses other JSON files of an app (capabilities) as strictly as the config: no duplicate keys, comments or
     * trailing text; errors name {@code source} with line and column.
     */
    public static JsonNode parseJson(String json, String source) {
        return readTree(json, source, "", "not valid JSON");
    }

    /** Parses TOML into the tree its JSON twin would give (Tauri's permission files are TOML), or says where it fails. */
    public static JsonNode parseToml(String toml, String source) {
        try {
            return TOML.readTree(toml.startsWith("\uFEFF") ? toml.substring(1) : toml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source, "", "not valid TOML" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse("").strip(), e);
        }
    }

    private static final com.fasterxml.jackson.dataformat.toml.TomlMapper TOML = new com.fasterxml.jackson.dataformat.toml.TomlMapper();

    private static LoadedConfig parse(String json, String source, Path baseDir,
                                      Function<String, String> packageJsonVersion) {
        JsonNode raw = readTree(json, source, "", "not valid JSON");
        ConfigReader reader = new ConfigReader(source, packageJsonVersion);
        TauriConfig config = reader.read(raw);
        return new LoadedConfig(config, raw, baseDir, reader.warnings());
    }

    private static Function<String, String> packageJsonReader(String source, Path baseDir) {
        return written -> {
            String pointsTo = "version points to " + JsonFields.quote(written);
            String orWrite = " or write the version itself, e.g. \"version\": \"1.0.0\"";
            if (baseDir == null) {
                throw new ConfigException(source, "version", pointsTo + ", which cannot be resolved because the "
                        + "config was not read from a file. Fix: use ConfigLoader.load(path)," + orWrite);
            }
            Path file = baseDir.resolve(written).normalize();
            String where = pointsTo + ", read as " + file;
            String text = readText(file, source, "version", where + ", which cannot be read. "
                    + "Fix: give the path relative to the folder of " + source + "," + orWrite);
            JsonNode pkg = readTree(text, source, "version", where + ", which is not valid JSON");
            JsonNode v = pkg.path("version");
            if (!v.isTextual() || !Semver.isValid(v.textValue())) {
                throw new ConfigException(source, "version", where + ", whose \"version\" must be a semver version, "
                        + "found " + JsonFields.describe(v) + ". Fix: set \"version\": \"1.0.0\" in " + file + ","
                        + orWrite);
            }
            return v.textValue();
        };
    }

    private static String readText(Path file, String source, String path, String fix) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, path, file + " does not exist. " + fix, e);
        } catch (MalformedInputException e) {
            throw new ConfigException(source, path, file + " is not UTF-8 text. Fix: save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(source, path, file + " cannot be read (" + e + "). " + fix, e);
        }
    }

    private static JsonNode readTree(String json, String source, String path, String what) {
        return readTree(MAPPER, json, source, path, what);
    }

    private static JsonNode readTree(JsonMapper mapper, String json, String source, String path, String what) {
        try {
            // Some Windows editors save a byte order mark, which is not JSON but carries no meaning either.
            return mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source, path, what + where + ": " + explain(e.getOriginalMessage()), e);
        }
    }

    // Jackson's wording names parser internals for some mistakes; say those in the user's terms instead.
    private static String explain(String jacksonMessage) {
        String reason = jacksonMessage.lines().findFirst().orElse("").strip();
        var duplicate = DUPLICATE_KEY.matcher(reason);
        if (duplicate.find()) {
            return "the key \"" + duplicate.group(1) + "\" appears twice in one object. Fix: keep only one of them";
        }
        if (reason.startsWith("Trailing token")) {
            return "there is more text after the end of the top-level object. Fix: remove it";
        }
        if (reason.contains("comment")) {
            return "JSON does not allow comments. Fix: remove the comment";
        }
        return reason + ". Fix: correct the JSON there (comments and trailing commas are not allowed)";
    }
}
