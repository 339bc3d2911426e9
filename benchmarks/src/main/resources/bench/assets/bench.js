// Drives every IPC benchmark in order and hands the page-side numbers to Java's `report`.
// Round trips and rates are timed in Java (performance.now() has 1 ms resolution here); binary transfers are
// long enough (batches of >= 32 MiB) for the page clock.
(function () {
  'use strict';
  const T = window.__TAURI_INTERNALS__;
  const invoke = T.invoke;
  const log = (line) => { document.getElementById('log').textContent += line + '\n'; };
  const MiB = 1024 * 1024;

  async function sequential(cfg) {
    for (let i = 0; i < cfg.warmup; i++) await invoke('ping', { n: i });
    await invoke('mark', { name: 'seq' });
    for (let i = 0; i < cfg.seq; i++) {
      if (await invoke('ping', { n: i }) !== i) throw new Error('ping ' + i + ' answered wrongly');
    }
    await invoke('mark', { name: 'seq-end' });
    log('sequential done');
  }

  // Answered by the probe run's platform itself on the UI thread: the same bridge and WebKit path, no runtime.
  async function floor(cfg) {
    for (let i = 0; i < cfg.warmup + cfg.seq; i++) await invoke('floor', { n: i });
    log('floor done');
  }

  async function parallel(cfg) {
    const pageSeconds = [];
    for (let round = 0; round < cfg.parRounds; round++) {
      const t0 = performance.now();
      await invoke('mark', { name: 'par-start' });
      const calls = new Array(cfg.par);
      for (let i = 0; i < cfg.par; i++) calls[i] = invoke('ping', { n: i });
      const answers = await Promise.all(calls);
      await invoke('mark', { name: 'par-end' });
      pageSeconds.push((performance.now() - t0) / 1000);
      for (let i = 0; i < cfg.par; i++) if (answers[i] !== i) throw new Error('parallel ping ' + i + ' answered wrongly');
    }
    log('parallel done');
    return pageSeconds;
  }

  function pattern(size) {
    const b = new Uint8Array(size);
    for (let i = 0; i < size; i++) b[i] = (i * 7 + 3) & 0xff;
    return b;
  }

  async function upload(data) {
    const n = await invoke('sink', data);
    if (n !== data.byteLength) throw new Error('sink got ' + n + ' of ' + data.byteLength + ' bytes');
  }

  async function download(size) {
    const buf = await invoke('source', { size: size });
    if (!(buf instanceof ArrayBuffer) || buf.byteLength !== size) throw new Error('source sent ' + (buf && buf.byteLength) + ' of ' + size);
    const last = new Uint8Array(buf, size - 1, 1)[0];
    if (last !== (((size - 1) * 7 + 3) & 0xff)) throw new Error('source sent wrong bytes');
  }

  // The baseline: the same bytes from a loopback HTTP server, through WebKit's network process, no Java involved.
  async function httpDownload(port, size) {
    const response = await fetch('http://127.0.0.1:' + port + '/bytes?size=' + size, { cache: 'no-store' });
    const buf = await response.arrayBuffer();
    if (buf.byteLength !== size) throw new Error('http sent ' + buf.byteLength + ' of ' + size);
  }

  async function timed(calls, once) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) await once();
    return (performance.now() - t0) / 1000;
  }

  async function binary(cfg) {
    const rows = [];
    for (const size of [1 * MiB, 16 * MiB]) {
      const data = pattern(size);
      const batch = Math.max(1, Math.round(32 * MiB / size));
      const directions = { 'js->java': () => upload(data), 'java->js': () => download(size) };
      if (cfg.httpPort > 0) directions['http->js'] = () => httpDownload(cfg.httpPort, size);
      for (const [direction, once] of Object.entries(directions)) {
        await timed(2, once); // warm-up
        const mbps = [];
        for (let i = 0; i < cfg.binaryIterations; i++) {
          const seconds = await timed(batch, once);
          mbps.push(batch * size / 1e6 / seconds);
        }
        rows.push({ direction: direction, size: size, batch: batch, mbps: mbps });
      }
    }
    log('binary done');
    return rows;
  }

  async function events(cfg) {
    let expected = 0, ordered = true, target = 0, done = null;
    const handler = T.transformCallback(function (event) {
      if (event.payload.i !== expected) ordered = false;
      expected++;
      if (expected === target) done = invoke('done', { count: expected, ordered: ordered });
    });
    await invoke('plugin:event|listen', { event: 'e', target: { kind: 'Any' }, handler: handler });
    const rounds = [];
    for (let round = 0; round < cfg.eventRounds; round++) {
      expected = 0; ordered = true; target = cfg.events; done = null;
      await invoke('burst', { n: cfg.events });
      // the burst's answer was queued after its last event, so every event has been delivered by now
      if (done) await done;
      rounds.push({ count: expected, ordered: ordered });
    }
    for (let round = 0; round < cfg.eventRounds; round++) await invoke('serializeOnly', { n: cfg.events });
    log('events done');
    return rounds;
  }

  async function main() {
    const cfg = await invoke('config');
    const js = { userAgent: navigator.userAgent };
    try {
      if (cfg.phases.includes('seq')) await sequential(cfg);
      if (cfg.phases.includes('floor')) await floor(cfg);
      if (cfg.phases.includes('par')) js.parallelPageSeconds = await parallel(cfg);
      if (cfg.phases.includes('binary')) js.binary = await binary(cfg);
      if (cfg.phases.includes('events')) js.events = await events(cfg);
    } catch (e) {
      js.error = String((e && e.message) || e);
      log('failed: ' + js.error);
    }
    await invoke('report', { js: js });
  }

  main();
})();
