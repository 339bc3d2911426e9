// Exposes the real @tauri-apps/api modules (from npm) to WebDriver scripts as window.api, and records the window
// events this page hears in window.seen.
import * as core from '@tauri-apps/api/core.js';
import * as event from '@tauri-apps/api/event.js';
import * as win from '@tauri-apps/api/window.js';
import * as webview from '@tauri-apps/api/webview.js';
import * as webviewWindow from '@tauri-apps/api/webviewWindow.js';
import * as app from '@tauri-apps/api/app.js';
import * as path from '@tauri-apps/api/path.js';
import * as dpi from '@tauri-apps/api/dpi.js';
import * as image from '@tauri-apps/api/image.js';
import * as menu from '@tauri-apps/api/menu.js';

window.api = { core, event, win, webview, webviewWindow, app, path, dpi, image, menu };
window.seen = [];

const current = win.getCurrentWindow();
await current.onResized((e) => window.seen.push({ event: 'resize', payload: { width: e.payload.width, height: e.payload.height } }));
await current.onMoved((e) => window.seen.push({ event: 'move', payload: { x: e.payload.x, y: e.payload.y } }));
await current.onFocusChanged((e) => window.seen.push({ event: e.payload ? 'focus' : 'blur' }));
document.getElementById('status').textContent = 'ready: ' + current.label;
