package dev.tauri4j.plugins.dialog;

import dev.tauri4j.plugin.GrantedPaths;
import java.nio.file.Path;
import java.util.List;

/**
 * What a pick grants, as Tauri's dialog commands do after the user answers (plugins/dialog/src/commands.rs): a picked
 * or saved file joins the fs plugin's runtime scope and the asset protocol's; a picked directory joins the fs scope
 * with its entries, or everything below it with {@code recursive}, and the asset protocol's scope recursively. The
 * grants last for the app's run. Only the commands grant: {@link Dialogs}, the Java API, picks without granting.
 */
record PickGrants(GrantedPaths fs, GrantedPaths assets) {

    /** Grants nothing anyone reads (unit tests of the answers). */
    static PickGrants none() {
        return new PickGrants(new GrantedPaths(GrantedPaths.FS), new GrantedPaths(GrantedPaths.ASSET_PROTOCOL));
    }

    void opened(List<Path> paths, OpenOptions options) {
        for (Path p : paths) {
            if (options.directory()) {
                fs.allowDirectory(p, options.recursive());
                assets.allowDirectory(p, true);
            } else {
                saved(p);
            }
        }
    }

    void saved(Path file) {
        fs.allowFile(file);
        assets.allowFile(file);
    }
}
