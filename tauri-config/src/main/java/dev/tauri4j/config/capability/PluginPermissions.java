package dev.tauri4j.config.capability;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One plugin's permissions as a capability names them ({@code echo:default}, {@code echo:allow-echo}, a set such as
 * {@code echo:allow-all}), read from its permission files in Tauri's plugin format plus the {@code allow-<cmd>} /
 * {@code deny-<cmd>} that Tauri generates for every command.
 *
 * @param plugin   the plugin's name, the permissions' prefix
 * @param commands the plugin's command names without namespace ({@code echo}, not {@code plugin:echo|echo})
 * @param table    every identifier, with its prefix, and what it grants (commands as registered: {@code plugin:echo|echo})
 */
public record PluginPermissions(String plugin, Set<String> commands, Map<String, Grants> table) {

    public PluginPermissions {
        commands = Set.copyOf(commands);
        table = Map.copyOf(table);
    }

    /**
     * Builds the table from permission files.
     *
     * @param commands the plugin's commands: each gets {@code allow-<cmd>} and {@code deny-<cmd>}
     * @param files    file name (for messages) to JSON text, in Tauri's permission-file shape
     * @throws dev.tauri4j.config.ConfigException naming the file and the key, for a file that does not fit the format
     */
    public static PluginPermissions of(String plugin, Collection<String> commands, Map<String, String> files) {
        return new PermissionFileReader(plugin, commands).read(files);
    }

    /** The command name the runtime registers for the plugin's command {@code local}: {@code plugin:<plugin>|<local>}. */
    public static String commandName(String plugin, String local) {
        return "plugin:" + plugin + "|" + local;
    }

    /** The permission that allows {@code local}, as Tauri spells it ({@code _} becomes {@code -}). */
    public String allowPermissionFor(String local) {
        return commands.contains(local) ? plugin + ":allow-" + local.replace('_', '-') : null;
    }

    /** The identifiers, sorted. */
    public Set<String> identifiers() {
        return new TreeSet<>(table.keySet());
    }
}
