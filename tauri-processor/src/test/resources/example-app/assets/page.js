// Exposes the generated bindings (bindings.ts transpiled by tsc) and the real Channel to WebDriver scripts.
import * as bindings from './bindings.js';
import { Channel } from '@tauri-apps/api/core';

window.b = bindings;
window.Channel = Channel;

document.getElementById('go').addEventListener('click', async () => {
  const g = await bindings.greet(document.getElementById('name').value);
  document.getElementById('out').textContent = `${g.text} (${g.length})`;
});
document.getElementById('status').textContent = 'ready';
