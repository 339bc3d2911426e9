package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** tauri:info for real: it probes this machine and logs what it found. */
@MojoTest
class InfoMojoTest {

    @Test
    @InjectMojo(goal = "info")
    void logsTheToolsItLookedFor(InfoMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("Node.js"));
        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("WebKitGTK"));
    }

    @Test
    @InjectMojo(goal = "info")
    @MojoParameter(name = "skip", value = "true")
    void skipLogsNothing(InfoMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).isEmpty();
    }

    /** Keeps every info, warn and error line; still prints them, so a failing run shows what the goal said. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(String.valueOf(content));
            super.info(content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add(String.valueOf(content));
            super.warn(content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add(String.valueOf(content));
            super.error(content);
        }
    }
}
