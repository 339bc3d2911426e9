package dev.tauri4j.plugins.os;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.plugins.os.linux.OsRelease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OsTest {

    @Test
    void jdkNamesBecomeRustsNames() {
        assertThat(OsInfo.platform("Linux")).isEqualTo("linux");
        assertThat(OsInfo.platform("Mac OS X")).isEqualTo("macos");
        assertThat(OsInfo.platform("Windows 11")).isEqualTo("windows");
        assertThat(OsInfo.platform("FreeBSD")).isEqualTo("freebsd");
        assertThat(OsInfo.arch("amd64")).isEqualTo("x86_64");
        assertThat(OsInfo.arch("aarch64")).isEqualTo("aarch64");
        assertThat(OsInfo.arch("i386")).isEqualTo("x86");
        assertThat(OsInfo.arch("ppc64le")).isEqualTo("powerpc64");
        assertThat(OsInfo.arch("riscv64")).isEqualTo("riscv64");
    }

    @Test
    void linuxAndWindowsAnswerAsTaurisRustPlugin() {
        assertThat(OsInfo.of("linux", "x86_64", "24.04"))
                .isEqualTo(new OsInfo("\n", "linux", "linux", "unix", "24.04", "x86_64", ""));
        assertThat(OsInfo.of("freebsd", "x86_64", "14.1").osType()).isEqualTo("linux");
        assertThat(OsInfo.of("windows", "x86_64", "10.0.22631"))
                .isEqualTo(new OsInfo("\r\n", "windows", "windows", "windows", "10.0.22631", "x86_64", "exe"));
    }

    @Test
    void thisMachineIsLinuxUnix() {
        OsInfo here = Os.info();
        assertThat(here.platform()).isEqualTo("linux");
        assertThat(here.family()).isEqualTo("unix");
        assertThat(here.osType()).isEqualTo("linux");
        assertThat(here.exeExtension()).isEmpty();
        assertThat(here.arch()).isEqualTo(OsInfo.arch(System.getProperty("os.arch")));
        assertThat(here.version()).isEqualTo(OsVersion.format(OsRelease.versionId()));
    }

    @Test
    void versionsPrintAsOsInfoPrintsThem() {
        assertThat(OsVersion.format("24.04")).isEqualTo("24.04");
        assertThat(OsVersion.format("12")).isEqualTo("12");
        assertThat(OsVersion.format("1.02.3")).isEqualTo("1.2.3");
        assertThat(OsVersion.format("3.20.x")).isEqualTo("3.20.x");
        assertThat(OsVersion.format(null)).isEqualTo("Unknown");
        assertThat(OsRelease.versionId(List.of("NAME=\"Ubuntu\"", "VERSION_ID=\"24.04\""))).isEqualTo("24.04");
        assertThat(OsRelease.versionId(List.of("VERSION_ID=12"))).isEqualTo("12");
        assertThat(OsRelease.versionId(List.of("ID=arch"))).isNull();
    }

    @Test
    void theLocaleIsTheFirstPosixVariableAsABcp47Tag() {
        assertThat(Os.locale(Map.of("LANG", "de_DE.UTF-8@euro")::get)).contains("de-DE");
        assertThat(Os.locale(Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US.UTF-8")::get)).contains("fr-CA");
        assertThat(Os.locale(Map.of("LC_ALL", "", "LC_MESSAGES", "pt_BR", "LANG", "en_US")::get)).contains("pt-BR");
        assertThat(Os.locale(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void theInitScriptDefinesEveryKeyTheNpmPackageReads() throws Exception {
        String script = OsPlugin.initScript(new OsInfo("\n", "linux", "linux", "unix", "24.04", "x86_64", ""));
        assertThat(script).startsWith("Object.defineProperty(window, '__TAURI_OS_PLUGIN_INTERNALS__'")
                .contains("\"eol\":\"\\n\"", "\"os_type\":\"linux\"", "\"platform\":\"linux\"", "\"family\":\"unix\"",
                        "\"version\":\"24.04\"", "\"arch\":\"x86_64\"", "\"exe_extension\":\"\"");
    }

    @Test
    void theHostnameIsTheKernelsNodeName() throws Exception {
        Process uname = new ProcessBuilder("uname", "-n").start();
        String nodeName = new String(uname.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(uname.waitFor()).isZero();
        assertThat(Os.hostname()).isEqualTo(nodeName);
    }
}
