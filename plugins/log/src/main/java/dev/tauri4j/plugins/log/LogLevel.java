package dev.tauri4j.plugins.log;

import java.lang.System.Logger.Level;
import java.util.Locale;

/** The npm package's {@code LogLevel}, with Tauri's numbers on the wire (Trace 1 ... Error 5). */
public enum LogLevel {
    TRACE(1, Level.TRACE), DEBUG(2, Level.DEBUG), INFO(3, Level.INFO), WARN(4, Level.WARNING), ERROR(5, Level.ERROR);

    private final int number;
    private final Level systemLevel;

    LogLevel(int number, Level systemLevel) {
        this.number = number;
        this.systemLevel = systemLevel;
    }

    /** The number the npm package sends and the {@code log://log} event carries. */
    public int number() {
        return number;
    }

    /** The JDK's level for this one. */
    public Level systemLevel() {
        return systemLevel;
    }

    /** The level numbered {@code n}; an {@link IllegalArgumentException} naming the valid numbers otherwise. */
    public static LogLevel of(int n) {
        for (LogLevel l : values()) if (l.number == n) return l;
        throw new IllegalArgumentException("invalid log level " + n + ", expected one of 1 (trace), 2 (debug), "
                + "3 (info), 4 (warn), 5 (error)");
    }

    /** The level named {@code name} (any case: {@code info}, {@code Warn}), or null for {@code off}. */
    static LogLevel named(String name, String where) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("OFF")) return null;
        for (LogLevel l : values()) if (l.name().equals(n)) return l;
        throw new IllegalArgumentException(where + " is \"" + name + "\", which is not a level. Fix: use one of "
                + "\"off\", \"error\", \"warn\", \"info\", \"debug\", \"trace\"");
    }

    /** How Rust's {@code log} crate prints it in a log line: {@code INFO}, {@code WARN}, ... */
    String label() {
        return name();
    }
}
