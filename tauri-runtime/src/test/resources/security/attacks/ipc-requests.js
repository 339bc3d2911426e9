// Floods ipc://localhost with hostile requests (SecurityEndToEndIT); the body of an async function in the page.
// arguments: the invoke key (as an attacker who holds it), the number of requests.
const key = arguments[0], N = arguments[1];
const inv = window.__TAURI_INTERNALS__.invoke;
const oct = 'application/octet-stream';
const variants = [
  ['no key', 'poke', { method: 'POST', body: new Uint8Array([1]), headers: { 'Content-Type': oct, 'Tauri-Window': 'main' } }],
  ['wrong key', 'poke', { method: 'POST', body: new Uint8Array([1]), headers: { 'Content-Type': oct, 'Tauri-Window': 'main', 'Tauri-Invoke-Key': 'x' + key } }],
  ['Blob body, no key', 'poke', { method: 'POST', body: new Blob([new Uint8Array(64)]), headers: { 'Content-Type': oct } }],
  ['other window', 'poke', { method: 'POST', body: new Uint8Array([1]), headers: { 'Content-Type': oct, 'Tauri-Window': 'other', 'Tauri-Invoke-Key': key } }],
  ['GET', 'poke', { method: 'GET', headers: { 'Tauri-Window': 'main', 'Tauri-Invoke-Key': key } }],
  ['text body', 'poke', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain', 'Tauri-Window': 'main', 'Tauri-Invoke-Key': key } }],
  ['unknown command', 'nosuch', { method: 'POST', body: new Uint8Array([1]), headers: { 'Content-Type': oct, 'Tauri-Window': 'main', 'Tauri-Invoke-Key': key } }],
  ['bad escape in command', '%zz%', { method: 'POST', body: new Uint8Array([1]), headers: { 'Content-Type': oct, 'Tauri-Window': 'main', 'Tauri-Invoke-Key': key } }],
  ['unknown result token', '__result/00ff', { method: 'GET', headers: { 'Tauri-Invoke-Key': key } }],
  ['wrong argument type', 'add', { method: 'POST', body: new Uint8Array([1, 2]), headers: { 'Content-Type': oct, 'Tauri-Window': 'main', 'Tauri-Invoke-Key': key } }],
];
const pokesBefore = await inv('pokes');
const outcomes = {};
let sent = 0;
for (let n = 0; n < N; n += 100) {
  const batch = [];
  for (let j = n; j < n + 100 && j < N; j++) {
    const [name, path, init] = variants[j % variants.length];
    batch.push(fetch('ipc://localhost/' + path, init).then(
      (res) => name + ' -> ' + res.status + ' ' + res.headers.get('Tauri-Response'),
      (e) => name + ' -> fetch failed: ' + e.name));
    sent++;
  }
  for (const o of await Promise.all(batch)) outcomes[o] = (outcomes[o] || 0) + 1;
}
return { sent, outcomes, pokes: (await inv('pokes')) - pokesBefore, after: await inv('greet', { name: 'after' }) };
