package dev.tauri4j.bench;

import java.util.Locale;

/** Number formats for the tables: fixed units per row kind, so runs compare by eye. */
final class Fmt {

    private Fmt() {}

    static String micros(double us) {
        if (Double.isNaN(us)) return "n/a";
        if (us >= 1000) return String.format(Locale.ROOT, "%.2f ms", us / 1000);
        return String.format(Locale.ROOT, "%.0f µs", us);
    }

    static String millis(double ms) {
        return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String rate(double perSecond, String unit) {
        if (Double.isNaN(perSecond)) return "n/a";
        if (perSecond >= 1e6) return String.format(Locale.ROOT, "%.2f M %s/s", perSecond / 1e6, unit);
        if (perSecond >= 1e5) return String.format(Locale.ROOT, "%.0f k %s/s", perSecond / 1e3, unit);
        if (perSecond >= 1e3) return String.format(Locale.ROOT, "%.1f k %s/s", perSecond / 1e3, unit);
        return String.format(Locale.ROOT, "%.0f %s/s", perSecond, unit);
    }

    static String mbps(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f MB/s", v);
    }

    static String mb(double kb) {
        return Double.isNaN(kb) ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024);
    }

    /** One decimal: these rows are judged against a target in MB, and a rounded value could hide a miss. */
    static String mbExact(double kb) {
        return Double.isNaN(kb) ? "n/a" : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.2f×", r);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }
}
