//! Commands in a module of their own, named commands::ping in generate_handler!.

/// Answers "pong" `count` times.
#[tauri::command]
pub fn ping<R: tauri::Runtime>(_app: tauri::AppHandle<R>, count: usize) -> tauri::Result<String> {
    Ok("pong".repeat(count))
}
