package dev.tauri4j.build.bundle;

import dev.tauri4j.config.PackageName;
import java.util.regex.Pattern;

/**
 * The names and versions each package format accepts, derived once from the request.
 *
 * @param name       package, command and app-image name: lower case, digits, '+', '-', '.' (e.g. "hello-world")
 * @param debVersion Debian upstream version: a pre-release dash becomes '~' so 1.0.0-beta sorts before 1.0.0
 * @param rpmVersion rpm version: no dash allowed, the same '~' rule
 * @param debArch    Debian architecture, e.g. "amd64"
 */
public record PackageNames(String name, String debVersion, String rpmVersion, String debArch) {

    private static final Pattern VERSION = Pattern.compile("[0-9][A-Za-z0-9.+~-]*");

    /** Derives the names from the product name (or the identifier) and the version. */
    public static PackageNames of(BundleRequest request) {
        // the runtime names the desktop entry the same way (the launcher progress and badge signals)
        String name = PackageName.of(request.productName(), request.identifier());
        if (name == null) {
            throw new BundleException("cannot derive a package name from productName \"" + request.productName()
                    + "\". Fix: use at least two letters or digits");
        }
        String v = request.version();
        if (!VERSION.matcher(v).matches()) {
            throw new BundleException("version \"" + v + "\" cannot be a deb or rpm version. Fix: start with a digit "
                    + "and use only letters, digits and . + - ~ (e.g. 1.2.0 or 1.2.0-beta.1)");
        }
        String tilde = v.replace('-', '~');
        return new PackageNames(name, tilde, tilde, debArch(System.getProperty("os.arch")));
    }

    static String debArch(String osArch) {
        return switch (osArch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "i386";
            case "riscv64" -> "riscv64";
            case "ppc64le" -> "ppc64el";
            default -> osArch;
        };
    }
}
