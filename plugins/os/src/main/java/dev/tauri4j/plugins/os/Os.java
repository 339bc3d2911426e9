package dev.tauri4j.plugins.os;

import dev.tauri4j.plugins.os.linux.Hostname;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The os plugin's answers from Java: {@code Os.platform()}, {@code Os.locale()}, ... as the npm package's functions. */
public final class Os {

    private static final OsInfo INFO = OsInfo.current();

    private Os() {}

    /** Everything the page reads synchronously, in one record. */
    public static OsInfo info() {
        return INFO;
    }

    /** {@code linux}, {@code macos}, {@code windows}, {@code freebsd}, ... (Rust's {@code std::env::consts::OS}). */
    public static String platform() {
        return INFO.platform();
    }

    /** The OS version as Tauri prints it, e.g. {@code 24.04} or {@code 12}. */
    public static String version() {
        return INFO.version();
    }

    /** {@code unix} or {@code windows}. */
    public static String family() {
        return INFO.family();
    }

    /** {@code linux}, {@code macos}, {@code windows}, {@code ios} or {@code android} (the npm package's {@code type()}). */
    public static String type() {
        return INFO.osType();
    }

    /** {@code x86_64}, {@code aarch64}, ... (Rust's {@code std::env::consts::ARCH}). */
    public static String arch() {
        return INFO.arch();
    }

    /** {@code exe} on Windows, empty elsewhere. */
    public static String exeExtension() {
        return INFO.exeExtension();
    }

    /** The end-of-line marker. */
    public static String eol() {
        return INFO.eol();
    }

    /** The user's locale as a BCP-47 tag ({@code en-US}), empty when the environment names none. */
    public static Optional<String> locale() {
        return locale(System.getenv()::get);
    }

    /** The host name. */
    public static String hostname() {
        return Hostname.get();
    }

    /**
     * The locale from POSIX variables read through {@code env}: the first non-empty of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG}, without its codeset and modifier, {@code _} as {@code -}
     * ({@code de_DE.UTF-8@euro} is {@code de-DE}), as the {@code sys-locale} crate answers Tauri.
     */
    static Optional<String> locale(Function<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.apply(name);
            if (v == null || v.isEmpty()) continue;
            int cut = v.length();
            for (char c : new char[] {'.', '@'}) {
                int i = v.indexOf(c);
                if (i >= 0) cut = Math.min(cut, i);
            }
            String tag = v.substring(0, cut).replace('_', '-');
            return tag.isEmpty() ? Optional.empty() : Optional.of(tag);
        }
        return Optional.empty();
    }

    /** The init script's value object, keyed as the npm package reads it. */
    static Map<String, String> internals(OsInfo info) {
        return Map.of("eol", info.eol(), "os_type", info.osType(), "platform", info.platform(), "family", info.family(),
                "version", info.version(), "arch", info.arch(), "exe_extension", info.exeExtension());
    }
}
