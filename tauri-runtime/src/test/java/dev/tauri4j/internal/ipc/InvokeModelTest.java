package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class InvokeModelTest {

    @Test
    void errorJsonLeavesOutMissingData() {
        assertThat(new IpcError("X", "m").toJson()).isEqualTo("{\"code\":\"X\",\"message\":\"m\"}");
        assertThat(new IpcError("X", "m", NullNode.getInstance()).toJson())
                .isEqualTo("{\"code\":\"X\",\"message\":\"m\",\"data\":null}");
        assertThat(new IpcError("X", "say \"hi\"").toJson()).isEqualTo("{\"code\":\"X\",\"message\":\"say \\\"hi\\\"\"}");
    }

    @Test
    void absentArgumentsAreAnEmptyObject() {
        assertThat(new InvokeBody.Json(null).args().isObject()).isTrue();
        assertThat(new InvokeBody.Json(NullNode.getInstance()).args().size()).isZero();
        assertThat(new InvokeRequest("ping", null).body()).isInstanceOf(InvokeBody.Json.class);
    }

    @Test
    void rawBodiesDefaultToOctetStream() {
        assertThat(new InvokeBody.Raw(new byte[2], null).contentType()).isEqualTo("application/octet-stream");
        assertThat(new InvokeBody.Raw(new byte[2], null).toString()).isEqualTo("Raw[2 bytes, application/octet-stream]");
    }

    @Test
    void onlyFailuresAreUnsuccessful() {
        assertThat(new InvokeResult.Json("1").isSuccess()).isTrue();
        assertThat(new InvokeResult.Binary(new byte[0]).isSuccess()).isTrue();
        assertThat(new InvokeResult.Failure(new IpcError("X", "m")).isSuccess()).isFalse();
    }

    @Test
    void aContextWithoutSinkRefusesChannelDelivery() {
        CallContext context = new CallContext(null, null, null, null);

        assertThat(context.state()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.sink().deliver(1, "x"))
                .isInstanceOf(IllegalStateException.class);
    }
}
