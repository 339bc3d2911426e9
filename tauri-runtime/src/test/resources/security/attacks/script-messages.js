// Floods the app with hostile script messages (SecurityEndToEndIT); the body of an async function in the page.
// arguments: the invoke key (as an attacker who holds it), the number of messages.
const key = arguments[0], N = arguments[1];
const post = (m) => window.webkit.messageHandlers.ipc.postMessage(m);
const inv = window.__TAURI_INTERNALS__.invoke;
const K = (i, w) => '{"k":"' + key + '","w":"' + (w || 'main') + '","i":' + i;
const pokesBefore = await inv('pokes');
const before = (await inv('answered'))[1];
let expected = 0, sent = 0, id = 1e12;
for (let n = 0; n < N; n++) {
  const i = id++;
  let m, answered = true;
  switch (n % 16) {
    case 0: { let s = ''; for (let j = 0; j < n % 97; j++) s += String.fromCharCode((n * 31 + j * 7) % 65536); m = s; answered = false; break; }
    case 1: m = ['', 'null', '[]', '42', '{', '{"k":', 'undefined'][n % 7]; answered = false; break;
    case 2: m = '{"k":"wrong","w":"main","i":' + i + ',"c":"poke"}'; answered = false; break;
    case 3: m = '{"w":"main","i":' + i + ',"c":"poke"}'; answered = false; break;
    case 4: m = K(i, 'other') + ',"c":"poke"}'; break;
    case 5: m = K(i) + ',"c":"nosuch' + n + '"}'; break;
    case 6: m = K(i) + '}'; break;
    case 7: m = K(i) + ',"c":"add","a":{"a":"x","b":1}}'; break;
    case 8: m = K(i) + ',"c":"add","a":[1,2]}'; break;
    case 9: m = K(i) + ',"c":"poke","a":' + '['.repeat(1500) + ']'.repeat(1500) + '}'; break;
    case 10: m = K(i) + ',"c":"poke","a":{"x":' + '['.repeat(20000) + '}'; break;
    case 11: m = K(-1) + ',"c":"poke"}'; answered = false; break;
    case 12: m = K(i) + ',"c":"' + 'z'.repeat(100000) + '"}'; break;
    case 13: m = (K(i) + ',"c":"poke","a":{"x":[1,2,{"y":"').slice(0, K(i).length + 12 + n % 14); break;
    case 14: m = { k: key, w: 'main', i: i, c: 'poke' }; answered = false; break;
    default: m = n % 4000 === 15 ? K(i) + ',"c":"poke","a":{"s":"' + 'y'.repeat(21000000) + '"}}'
                                 : K(i) + ',"c":"add","a":{"a":1e400,"b":1}}';
  }
  post(m); sent++;
  if (answered) expected++;
  if (n % 500 === 0) await new Promise(r => setTimeout(r, 0));
}
let got = 0;
for (let t = 0; t < 600; t++) {
  got = (await inv('answered'))[1] - before;
  if (got >= expected) break;
  await new Promise(r => setTimeout(r, 100));
}
await new Promise(r => setTimeout(r, 500));
got = (await inv('answered'))[1] - before;
return { sent, expected, got, pokes: (await inv('pokes')) - pokesBefore, after: await inv('greet', { name: 'after' }) };
