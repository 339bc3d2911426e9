package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.LONG;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.ui;
import static dev.tauri4j.internal.platform.linux.Native.variadic;

import dev.tauri4j.internal.platform.linux.Native.Fn;

/** WebKitGTK 4.1 and JavaScriptCore functions we call (each bound on first use, UI thread only). */
final class WebKit {

    static final Fn web_context_new = ui("webkit_web_context_new", PTR);
    static final Fn web_context_register_uri_scheme = ui("webkit_web_context_register_uri_scheme", null, PTR, PTR, PTR, PTR, PTR);
    static final Fn web_context_get_security_manager = ui("webkit_web_context_get_security_manager", PTR, PTR);
    static final Fn web_context_set_automation_allowed = ui("webkit_web_context_set_automation_allowed", null, PTR, INT);
    static final Fn security_manager_register_uri_scheme_as_secure = ui("webkit_security_manager_register_uri_scheme_as_secure", null, PTR, PTR);
    static final Fn security_manager_register_uri_scheme_as_cors_enabled = ui("webkit_security_manager_register_uri_scheme_as_cors_enabled", null, PTR, PTR);

    static final Fn user_content_manager_new = ui("webkit_user_content_manager_new", PTR);
    static final Fn user_content_manager_register_script_message_handler = ui("webkit_user_content_manager_register_script_message_handler", INT, PTR, PTR);
    static final Fn user_content_manager_add_script = ui("webkit_user_content_manager_add_script", null, PTR, PTR);
    static final Fn user_script_new = ui("webkit_user_script_new", PTR, PTR, INT, INT, PTR, PTR);
    static final Fn user_script_unref = ui("webkit_user_script_unref", null, PTR);
    static final Fn javascript_result_get_js_value = ui("webkit_javascript_result_get_js_value", PTR, PTR);
    static final Fn jsc_value_to_string = ui("jsc_value_to_string", PTR, PTR);

    static final Fn web_view_get_type = ui("webkit_web_view_get_type", LONG);
    static final Fn g_object_new_web_view = variadic("g_object_new", 2, PTR, LONG, PTR, PTR, PTR, PTR, PTR, INT, PTR);
    static final Fn web_view_get_settings = ui("webkit_web_view_get_settings", PTR, PTR);
    static final Fn web_view_load_uri = ui("webkit_web_view_load_uri", null, PTR, PTR);
    static final Fn web_view_get_uri = ui("webkit_web_view_get_uri", PTR, PTR);
    static final Fn web_view_get_website_data_manager = ui("webkit_web_view_get_website_data_manager", PTR, PTR);
    static final Fn website_data_manager_clear = ui("webkit_website_data_manager_clear", null, PTR, INT, LONG, PTR, PTR, PTR);
    static final Fn website_data_manager_clear_finish = ui("webkit_website_data_manager_clear_finish", INT, PTR, PTR, PTR);
    static final Fn web_view_set_background_color = ui("webkit_web_view_set_background_color", null, PTR, PTR);
    static final Fn web_view_set_zoom_level = ui("webkit_web_view_set_zoom_level", null, PTR, Native.DOUBLE);
    static final Fn web_view_evaluate_javascript = ui("webkit_web_view_evaluate_javascript", null, PTR, PTR, LONG, PTR, PTR, PTR, PTR, PTR);
    static final Fn settings_set_enable_developer_extras = ui("webkit_settings_set_enable_developer_extras", null, PTR, INT);
    static final Fn settings_set_enable_write_console_messages_to_stdout = ui("webkit_settings_set_enable_write_console_messages_to_stdout", null, PTR, INT);
    static final Fn settings_set_javascript_can_open_windows_automatically = ui("webkit_settings_set_javascript_can_open_windows_automatically", null, PTR, INT);

    static final Fn navigation_policy_decision_get_navigation_action = ui("webkit_navigation_policy_decision_get_navigation_action", PTR, PTR);
    static final Fn navigation_action_get_request = ui("webkit_navigation_action_get_request", PTR, PTR);
    static final Fn navigation_action_is_user_gesture = ui("webkit_navigation_action_is_user_gesture", INT, PTR);
    static final Fn navigation_policy_decision_get_frame_name = ui("webkit_navigation_policy_decision_get_frame_name", PTR, PTR);
    static final Fn uri_request_get_uri = ui("webkit_uri_request_get_uri", PTR, PTR);
    static final Fn policy_decision_use = ui("webkit_policy_decision_use", null, PTR);
    static final Fn policy_decision_ignore = ui("webkit_policy_decision_ignore", null, PTR);

    static final Fn uri_scheme_request_get_uri = ui("webkit_uri_scheme_request_get_uri", PTR, PTR);
    static final Fn uri_scheme_request_get_path = ui("webkit_uri_scheme_request_get_path", PTR, PTR);
    static final Fn uri_scheme_request_get_web_view = ui("webkit_uri_scheme_request_get_web_view", PTR, PTR);
    static final Fn uri_scheme_request_get_http_method = ui("webkit_uri_scheme_request_get_http_method", PTR, PTR);
    static final Fn uri_scheme_request_get_http_headers = ui("webkit_uri_scheme_request_get_http_headers", PTR, PTR);
    static final Fn uri_scheme_request_get_http_body = ui("webkit_uri_scheme_request_get_http_body", PTR, PTR);
    static final Fn uri_scheme_request_finish_with_response = ui("webkit_uri_scheme_request_finish_with_response", null, PTR, PTR);
    static final Fn uri_scheme_response_new = ui("webkit_uri_scheme_response_new", PTR, PTR, LONG);
    static final Fn uri_scheme_response_set_status = ui("webkit_uri_scheme_response_set_status", null, PTR, INT, PTR);
    static final Fn uri_scheme_response_set_content_type = ui("webkit_uri_scheme_response_set_content_type", null, PTR, PTR);
    static final Fn uri_scheme_response_set_http_headers = ui("webkit_uri_scheme_response_set_http_headers", null, PTR, PTR);

    static final Fn application_info_new = ui("webkit_application_info_new", PTR);
    static final Fn application_info_set_name = ui("webkit_application_info_set_name", null, PTR, PTR);
    static final Fn application_info_set_version = ui("webkit_application_info_set_version", null, PTR, LONG, LONG, LONG);
    static final Fn application_info_unref = ui("webkit_application_info_unref", null, PTR);
    static final Fn automation_session_set_application_info = ui("webkit_automation_session_set_application_info", null, PTR, PTR);

    /** WEBKIT_WEBSITE_DATA_ALL: every WebKitWebsiteDataTypes bit (memory and disk caches ... DOM cache). */
    static final int WEBSITE_DATA_ALL = (1 << 14) - 1;
    /** WebKitPolicyDecisionType */
    static final int DECISION_NAVIGATION = 0;
    static final int DECISION_NEW_WINDOW = 1;
    /** WebKitLoadEvent */
    static final int LOAD_COMMITTED = 2;
    /** WebKitUserContentInjectedFrames / WebKitUserScriptInjectionTime */
    static final int INJECT_TOP_FRAME = 1;
    static final int INJECT_AT_DOCUMENT_START = 0;

    private WebKit() {}
}
