package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.DOUBLE;
import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.LONG;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.any;

import dev.tauri4j.internal.platform.linux.Native.Fn;

/** GIO's GDBus and GLib's GVariant functions (libgio-2.0, libglib-2.0); all thread-safe by GLib's contract. */
final class GDBus {

    static final int G_BUS_TYPE_SESSION = 2;
    static final int G_DBUS_CALL_FLAGS_NONE = 0;
    static final int CALL_TIMEOUT_MS = 25_000;

    static final Fn g_bus_get_sync = any("g_bus_get_sync", PTR, INT, PTR, PTR);
    static final int G_DBUS_CONNECTION_FLAGS_CLIENT_ON_BUS = 1 | 8; // AUTHENTICATION_CLIENT | MESSAGE_BUS_CONNECTION
    static final Fn g_dbus_connection_new_for_address_sync = any("g_dbus_connection_new_for_address_sync", PTR,
            PTR, INT, PTR, PTR, PTR);
    static final Fn g_dbus_address_get_for_bus_sync = any("g_dbus_address_get_for_bus_sync", PTR, INT, PTR, PTR);
    static final Fn g_dbus_connection_close_sync = any("g_dbus_connection_close_sync", INT, PTR, PTR, PTR);
    static final Fn g_main_context_iteration = any("g_main_context_iteration", INT, PTR, INT);
    static final Fn g_dbus_connection_get_unique_name = any("g_dbus_connection_get_unique_name", PTR, PTR);
    // connection, bus_name, object_path, interface, method, parameters, reply_type, flags, timeout, cancellable, error
    static final Fn g_dbus_connection_call_sync = any("g_dbus_connection_call_sync", PTR,
            PTR, PTR, PTR, PTR, PTR, PTR, PTR, INT, INT, PTR, PTR);
    // connection, sender, interface, member, object_path, arg0, flags, callback, user_data, user_data_free
    static final Fn g_dbus_connection_signal_subscribe = any("g_dbus_connection_signal_subscribe", INT,
            PTR, PTR, PTR, PTR, PTR, PTR, INT, PTR, PTR, PTR);
    static final Fn g_dbus_connection_signal_unsubscribe = any("g_dbus_connection_signal_unsubscribe", null, PTR, INT);
    // connection, object_path, interface_info, vtable, user_data, user_data_free, error
    static final Fn g_dbus_connection_register_object = any("g_dbus_connection_register_object", INT,
            PTR, PTR, PTR, PTR, PTR, PTR, PTR);
    static final Fn g_dbus_connection_unregister_object = any("g_dbus_connection_unregister_object", INT, PTR, INT);
    // connection, destination, object_path, interface, signal, parameters, error
    static final Fn g_dbus_connection_emit_signal = any("g_dbus_connection_emit_signal", INT,
            PTR, PTR, PTR, PTR, PTR, PTR, PTR);
    static final Fn g_dbus_node_info_new_for_xml = any("g_dbus_node_info_new_for_xml", PTR, PTR, PTR);
    static final Fn g_dbus_node_info_lookup_interface = any("g_dbus_node_info_lookup_interface", PTR, PTR, PTR);
    static final Fn g_dbus_method_invocation_return_value = any("g_dbus_method_invocation_return_value", null, PTR, PTR);
    static final Fn g_dbus_method_invocation_return_dbus_error = any("g_dbus_method_invocation_return_dbus_error",
            null, PTR, PTR, PTR);

    static final Fn g_variant_parse = any("g_variant_parse", PTR, PTR, PTR, PTR, PTR, PTR);
    static final Fn g_variant_type_new = any("g_variant_type_new", PTR, PTR);
    static final Fn g_variant_type_free = any("g_variant_type_free", null, PTR);
    static final Fn g_variant_get_type_string = any("g_variant_get_type_string", PTR, PTR);
    static final Fn g_variant_n_children = any("g_variant_n_children", LONG, PTR);
    static final Fn g_variant_get_child_value = any("g_variant_get_child_value", PTR, PTR, LONG);
    static final Fn g_variant_get_variant = any("g_variant_get_variant", PTR, PTR);
    static final Fn g_variant_get_string = any("g_variant_get_string", PTR, PTR, PTR);
    static final Fn g_variant_get_boolean = any("g_variant_get_boolean", INT, PTR);
    static final Fn g_variant_get_byte = any("g_variant_get_byte", Native.BYTE, PTR);
    static final Fn g_variant_get_int16 = any("g_variant_get_int16", Native.SHORT, PTR);
    static final Fn g_variant_get_uint16 = any("g_variant_get_uint16", Native.SHORT, PTR);
    static final Fn g_variant_get_int32 = any("g_variant_get_int32", INT, PTR);
    static final Fn g_variant_get_uint32 = any("g_variant_get_uint32", INT, PTR);
    static final Fn g_variant_get_int64 = any("g_variant_get_int64", LONG, PTR);
    static final Fn g_variant_get_uint64 = any("g_variant_get_uint64", LONG, PTR);
    static final Fn g_variant_get_double = any("g_variant_get_double", DOUBLE, PTR);
    static final Fn g_variant_get_maybe = any("g_variant_get_maybe", PTR, PTR);
    static final Fn g_variant_unref = any("g_variant_unref", null, PTR);

    private GDBus() {}
}
