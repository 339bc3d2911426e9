/** The config model: tauri.conf.json, capabilities, permissions and scopes, read as Tauri reads them. */
module dev.tauri4j.config {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;

    exports dev.tauri4j.config;
    exports dev.tauri4j.config.capability;
    exports dev.tauri4j.config.scope;
    // the manifest signature's hash, shared with the runtime's check; the build core is a class-path library
    exports dev.tauri4j.crypto to dev.tauri4j.runtime;
    // minisign keys and signatures: the build signs, the updater plugin verifies downloads at run time
    exports dev.tauri4j.crypto.minisign;

    opens dev.tauri4j.config to com.fasterxml.jackson.databind;
    opens dev.tauri4j.config.capability to com.fasterxml.jackson.databind;
    opens dev.tauri4j.config.scope to com.fasterxml.jackson.databind;
}
