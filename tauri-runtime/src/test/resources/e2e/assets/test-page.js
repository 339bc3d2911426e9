// Exposes the real @tauri-apps/api (from npm) to WebDriver scripts as window.t.
import { invoke, Channel, isTauri, SERIALIZE_TO_IPC_FN } from '@tauri-apps/api/core.js';
import { listen, once, emit, emitTo } from '@tauri-apps/api/event.js';

const received = {};
window.t = { invoke, Channel, isTauri, SERIALIZE_TO_IPC_FN, listen, once, emit, emitTo, received };

// every test reads what arrived here: events by name, in order
window.t.collect = async (event) => {
  received[event] = [];
  return listen(event, (e) => received[event].push(e.payload));
};

const go = document.getElementById('go');
if (go) {
  go.addEventListener('click', async () => {
    const g = await invoke('greet', { name: document.getElementById('name').value });
    document.getElementById('out').textContent = `${g.text} (${g.length})`;
  });
}
document.getElementById('status').textContent = 'ready: ' + window.__TAURI_INTERNALS__.metadata.currentWindow.label;
