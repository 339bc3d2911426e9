use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tauri::ipc::Channel;
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, State, Window};
use tokio::sync::Mutex;

mod commands;

/* Not commands: #[tauri::command] fn hidden() {} in a comment, /* nested */ and "in a string }" below. */
const NOTE: &str = "#[tauri::command] fn also_hidden() { }";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Todo {
    pub id: u32,
    pub title: String,
    pub done_at: Option<i64>,
    pub priority: Priority,
    #[serde(rename = "tags")]
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Priority {
    Low,
    VeryHigh,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", content = "message")]
pub enum Error {
    NotFound(String),
    Io(String),
}

#[derive(Default)]
pub struct AppState {
    todos: Mutex<Vec<Todo>>,
}

#[tauri::command]
fn greet(name: &str) -> String {
    format!("Hello, {}! You've been greeted from Rust! {{ \u{1F600} }}", name)
}

#[tauri::command]
async fn add_todo(state: State<'_, AppState>, title: String, priority: Priority) -> Result<Todo, String> {
    let mut todos = state.todos.lock().await;
    let todo = Todo { id: todos.len() as u32, title, done_at: None, priority, labels: vec![] };
    todos.push(todo.clone());
    Ok(todo)
}

#[tauri::command(rename_all = "snake_case")]
async fn list_todos(
    app: AppHandle,
    window: Window,
    state: State<'_, AppState>,
    only_open: bool,
) -> Result<Vec<Todo>, Error> {
    let _ = (app, window);
    let todos = state.todos.lock().await;
    Ok(todos.iter().filter(|t| !only_open || t.done_at.is_none()).cloned().collect())
}

#[tauri::command]
pub fn stats(
    counts: HashMap<String, u64>,
    pair: (i32, String),
    raw: Vec<u8>,
    extra: serde_json::Value,
) -> Option<f64> {
    let _ = (pair, raw, extra);
    Some(counts.values().sum::<u64>() as f64)
}

#[tauri::command]
fn watch(on_tick: Channel<u32>, every_ms: u64) -> Result<(), String> {
    let _ = every_ms;
    on_tick.send(1).map_err(|e| e.to_string())
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(AppState::default())
        .setup(|app| {
            let _tray = TrayIconBuilder::new().build(app)?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            greet,
            add_todo,
            list_todos,
            stats,
            watch,
            commands::ping
        ])
        .run(tauri::generate_context!())
        .expect("error while running tauri application");
}
