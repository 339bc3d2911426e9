// The app's calls, as a Tauri frontend makes them through withGlobalTauri (tauri:import grants each one it finds).
const { invoke, Channel } = window.__TAURI__.core;

async function calls() {
  const results = {};
  const record = async (name, promise) => {
    try {
      results[name] = { ok: await promise };
    } catch (e) {
      results[name] = { error: typeof e === 'string' ? e : (e && e.message) || String(e) };
    }
  };
  await record('greet', invoke("greet", { name: "Ada" }));
  await record('add_todo', invoke('add_todo', { title: "milk", priority: "VERY_HIGH" }));
  await record('list_todos', invoke("list_todos", { only_open: true }));
  await record('stats', invoke("stats", { counts: { a: 1 }, pair: [1, "x"], raw: [1, 2], extra: { any: true } }));
  const onTick = new Channel();
  await record('watch', invoke("watch", { onTick, everyMs: 10 }));
  await record('ping', invoke(
    "ping", { count: 2 }));
  return results;
}
window.importCalls = calls;
document.getElementById('status').textContent = 'ready';
