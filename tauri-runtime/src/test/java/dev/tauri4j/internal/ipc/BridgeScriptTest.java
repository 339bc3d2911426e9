package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BridgeScriptTest {

    @Test
    void eachWindowGetsItsLabelAndTheLaunchKey() {
        BridgeScript bridge = new BridgeScript("k3y", true, false);
        String script = bridge.render("main");
        assertThat(script).contains("\"key\":\"k3y\"", "\"label\":\"main\"", "\"globalTauri\":true", "\"freezePrototype\":false");
        assertThat(script).doesNotContain("/*CONFIG*/");
        assertThat(bridge.render("second")).contains("\"label\":\"second\"");
    }

    @Test
    void labelsAreJsonEscaped() {
        assertThat(new BridgeScript("k", false, true).render("a\"b</script>")).contains("\"label\":\"a\\\"b</script>\"");
    }
}
