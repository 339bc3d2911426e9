package dev.tauri4j.build.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentReportTest {

    @Test
    void missingToolsComeWithTheCommandThatInstallsThem() {
        Map<String, String> machine = Map.of("node", "v20.20.2", "npm", "11.19.1");
        EnvironmentReport report = EnvironmentReport.collect(cmd -> Optional.ofNullable(machine.get(cmd.getFirst())), "3.9.11");
        String text = report.render();
        assertThat(text).contains("Node.js", "v20.20.2", "Maven", "3.9.11");
        assertThat(text).contains("WebKitGTK 4.1: sudo apt-get install libwebkit2gtk-4.1-0");
        assertThat(text).contains("rpmbuild: sudo apt-get install rpm", "WebKitWebDriver: sudo apt-get install webkit2gtk-driver");
        assertThat(report.missingRequired()).extracting(Probe::name).containsExactly("WebKitGTK 4.1");
    }

    @Test
    void theRealMachineHasWhatTheTestsNeed() {
        EnvironmentReport report = EnvironmentReport.collect(Host.system(), "3.9.11");
        assertThat(report.probes()).filteredOn(p -> List.of("JDK", "jlink", "jpackage", "Node.js", "WebKitGTK 4.1").contains(p.name()))
                .allMatch(Probe::found);
        assertThat(report.missingRequired()).isEmpty();
    }
}
