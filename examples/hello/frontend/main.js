// withGlobalTauri is on, so this page needs no bundler: window.__TAURI__ has core.invoke and event.listen.
const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;

listen('tick', (e) => {
  document.getElementById('events').textContent = `Java says the time is ${e.payload.time} (pid ${e.payload.pid})`;
});

document.getElementById('form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const name = document.getElementById('name').value || 'world';
  try {
    const g = await invoke('greet', { name });
    document.getElementById('answer').textContent = `${g.text} [${g.length} letters]`;
  } catch (e) {
    document.getElementById('answer').textContent = `error: ${e.message}`;
  }
});
