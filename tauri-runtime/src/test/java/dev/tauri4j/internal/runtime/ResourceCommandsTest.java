package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Window;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.InvokeResult;
import dev.tauri4j.internal.ipc.IpcError;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugin:resources|close} and {@code plugin:image|*} through the real dispatcher, from windows of a runtime on
 * the fake platform: rids per window, the app table as fallback, and freeing with the window, its page and the exit.
 */
class ResourceCommandsTest {

    private final CommandRegistry registry = new CommandRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry);
    private final AppRuntime app = new AppRuntime(ConfigLoader.parse("{\"identifier\": \"com.example.res\"}", "tauri.conf.json").config(),
            new LaunchMode(false, false, false), new FakePlatform(), dispatcher, registry, new StateStore(),
            new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")));
    private final WindowRuntime main = new WindowRuntime(app, WindowConfig.of("main"), "tauri://localhost/");
    private final WindowRuntime other = new WindowRuntime(app, WindowConfig.of("other"), "tauri://localhost/");

    /** Records being closed. */
    record Closing(List<String> log, String name) implements AutoCloseable {
        @Override
        public void close() {
            log.add(name);
        }
    }

    private InvokeResult call(Window from, String command, Map<String, Object> args) {
        try {
            JsonNode json = JsonCodec.mapper().valueToTree(args);
            return dispatcher.dispatch(InvokeRequest.json(command, json), new CallContext(app, from, null, null)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode ok(Window from, String command, Map<String, Object> args) {
        InvokeResult r = call(from, command, args);
        assertThat(r).as(command + " result").isInstanceOf(InvokeResult.Json.class);
        try {
            return JsonCodec.mapper().readTree(((InvokeResult.Json) r).json());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private IpcError error(Window from, String command, Map<String, Object> args) {
        InvokeResult r = call(from, command, args);
        assertThat(r).as(command + " result").isInstanceOf(InvokeResult.Failure.class);
        return ((InvokeResult.Failure) r).error();
    }

    static byte[] png(int width, int height) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, (x * 40) << 24 | (y * 50) << 16 | 0x80ff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageFromRgbaHasItsSizeAndBytesAndClosingItEndsItsRid() {
        byte[] rgba = {(byte) 255, 0, 0, (byte) 255, 0, (byte) 255, 0, (byte) 128};
        int rid = ok(main, "plugin:image|new", Map.of("rgba", Base64.getEncoder().encodeToString(rgba), "width", 2, "height", 1)).asInt();
        assertThat(main.resources().get(rid, Image.class)).isEqualTo(Image.of(rgba, 2, 1));
        assertThat(ok(main, "plugin:image|size", Map.of("rid", rid))).isEqualTo(JsonCodec.mapper().valueToTree(Map.of("width", 2, "height", 1)));
        InvokeResult bytes = call(main, "plugin:image|rgba", Map.of("rid", rid));
        assertThat(bytes).as("rgba answers raw bytes, an ArrayBuffer in JS").isInstanceOf(InvokeResult.Binary.class);
        assertThat(((InvokeResult.Binary) bytes).bytes()).isEqualTo(rgba);

        assertThat(ok(main, "plugin:resources|close", Map.of("rid", rid)).isNull()).isTrue();
        IpcError gone = error(main, "plugin:image|size", Map.of("rid", rid));
        assertThat(gone.code()).isEqualTo(Resources.BAD_RESOURCE_ID);
        assertThat(gone.message()).startsWith("resource " + rid + " does not exist in window 'main'");
        assertThat(error(main, "plugin:resources|close", Map.of("rid", rid)).code()).isEqualTo(Resources.BAD_RESOURCE_ID);
    }

    @Test
    void jsNumberArraysAndWrongSizesAsTauriGetsThem() {
        // a JS number array is what Image.new(Array.from(...)) sends
        int rid = ok(main, "plugin:image|new", Map.of("rgba", List.of(1, 2, 3, 4), "width", 1, "height", 1)).asInt();
        assertThat(main.resources().get(rid, Image.class).rgba()).containsExactly(1, 2, 3, 4);
        IpcError e = error(main, "plugin:image|new", Map.of("rgba", List.of(1, 2, 3), "width", 1, "height", 1));
        assertThat(e.code()).isEqualTo("INVALID_IMAGE");
        assertThat(e.message()).isEqualTo("a 1x1 RGBA image has 4 bytes (4 a pixel), but 3 were given");
        IpcError notAnImage = error(main, "plugin:image|from_bytes", Map.of("bytes", List.of(71, 73, 70, 56)));
        assertThat(notAnImage.code()).isEqualTo("INVALID_IMAGE");
        assertThat(notAnImage.message()).contains("not a PNG or ICO image").contains("47 49 46 38");
    }

    @Test
    void pngBytesAndPngFilesDecode(@TempDir Path dir) throws IOException {
        byte[] png = png(5, 3);
        int fromBytes = ok(main, "plugin:image|from_bytes", Map.of("bytes", Base64.getEncoder().encodeToString(png))).asInt();
        Image image = main.resources().get(fromBytes, Image.class);
        assertThat(image.width()).isEqualTo(5);
        assertThat(image.height()).isEqualTo(3);
        Path file = Files.write(dir.resolve("icon.png"), png);
        int fromPath = ok(main, "plugin:image|from_path", Map.of("path", file.toString())).asInt();
        assertThat(main.resources().get(fromPath, Image.class)).isEqualTo(image);
        IpcError missing = error(main, "plugin:image|from_path", Map.of("path", dir.resolve("nope.png").toString()));
        assertThat(missing.code()).isEqualTo("INVALID_IMAGE");
        assertThat(missing.message()).contains("cannot read the image file").contains("nope.png");
    }

    @Test
    void aRidBelongsToItsWindowAndCloseFallsBackToTheAppTable() {
        int rid = ok(main, "plugin:image|new", Map.of("rgba", List.of(0, 0, 0, 0), "width", 1, "height", 1)).asInt();
        assertThat(error(other, "plugin:image|size", Map.of("rid", rid)).message()).startsWith("resource " + rid + " does not exist in window 'other'");
        assertThat(error(other, "plugin:resources|close", Map.of("rid", rid)).code()).isEqualTo(Resources.BAD_RESOURCE_ID);
        assertThat(main.resources().has(rid)).isTrue();

        List<String> closed = new ArrayList<>();
        int appRid = app.resources().add(new Closing(closed, "tray"));
        ok(other, "plugin:resources|close", Map.of("rid", appRid));
        assertThat(closed).containsExactly("tray");
        assertThat(app.resources().has(appRid)).isFalse();
        // a rid of the wrong type says so
        int closing = main.resources().add(new Closing(closed, "menu"));
        assertThat(error(main, "plugin:image|rgba", Map.of("rid", closing)).message()).isEqualTo("resource " + closing + " is not an Image (it is a Closing)");
    }

    @Test
    void aWindowsResourcesAreFreedWhenItsPageIsReplacedAndWhenItIsDestroyed() {
        List<String> closed = new ArrayList<>();
        main.resources().add(new Closing(closed, "before the first page"));
        main.onPageCommitted("tauri://localhost/index.html");
        assertThat(closed).as("the first document keeps what Java added while the window opened").isEmpty();
        int rid = ok(main, "plugin:image|new", Map.of("rgba", List.of(0, 0, 0, 0), "width", 1, "height", 1)).asInt();
        main.onPageCommitted("tauri://localhost/index.html");
        assertThat(closed).containsExactly("before the first page");
        assertThat(main.resources().has(rid)).as("a reload frees the old page's image").isFalse();

        main.resources().add(new Closing(closed, "second page"));
        other.resources().add(new Closing(closed, "other window"));
        main.onClosed();
        assertThat(closed).containsExactly("before the first page", "second page");
        assertThat(main.resources().size()).isZero();
        assertThat(other.resources().size()).isEqualTo(1);
    }

    @Test
    void theExitFreesTheOpenWindowsAndTheAppTable() throws Exception {
        List<String> closed = new ArrayList<>();
        var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.createWindow(WindowConfig.of("w1")));
        while (!opened.isDone()) {
            ((FakePlatform) app.platform()).runTasks();
            Thread.sleep(5);
        }
        opened.get(5, TimeUnit.SECONDS).resources().add(new Closing(closed, "window"));
        app.resources().add(new Closing(closed, "app"));
        app.freeResources();
        assertThat(closed).containsExactly("window", "app");
    }
}
