package dev.tauri4j.build.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A kind of bundle, named as jpackage names its {@code --type}; each builds only on its own OS. */
public enum BundleTarget {
    APP_IMAGE("app-image", null),
    DEB("deb", "Linux"),
    RPM("rpm", "Linux"),
    DMG("dmg", "macOS"),
    PKG("pkg", "macOS"),
    MSI("msi", "Windows"),
    EXE("exe", "Windows");

    private final String id;
    private final String hostOs;

    BundleTarget(String id, String hostOs) {
        this.id = id;
        this.hostOs = hostOs;
    }

    /** The name used in configs, output folders and messages, e.g. "app-image". */
    public String id() {
        return id;
    }

    /** The OS that builds it, or null for the app image, which every OS builds in its own form. */
    public String hostOs() {
        return hostOs;
    }

    /** Whether a host running {@code osName} (as in the {@code os.name} property) can build this target. */
    public boolean buildsOn(String osName) {
        return hostOs == null || hostOs.equals(osFamily(osName));
    }

    /** The target with this id, e.g. "deb". */
    public static BundleTarget of(String id) {
        for (BundleTarget t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) return t;
        }
        throw new BundleException("unknown bundle target \"" + id + "\". Fix: use one of "
                + Arrays.stream(values()).map(BundleTarget::id).collect(Collectors.joining(", ")));
    }

    /** "Linux", "macOS", "Windows", or the name itself for other systems. */
    public static String osFamily(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) return "Linux";
        if (os.startsWith("mac") || os.startsWith("darwin")) return "macOS";
        if (os.startsWith("windows")) return "Windows";
        return osName;
    }
}
