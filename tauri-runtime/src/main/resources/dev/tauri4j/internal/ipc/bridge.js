// tauri4j bridge: provides window.__TAURI_INTERNALS__ as @tauri-apps/api 2.x expects it.
// Injected at document start into the top frame only; /*CONFIG*/ is replaced per window by the runtime.
(function (cfg) {
  'use strict';
  if (window.__TAURI_INTERNALS__) return;
  // Captured before any page script runs: a page cannot intercept our transport or read the invoke key.
  const channel = cfg.messageHandler.reduce(function (o, k) { return o[k]; }, window);
  const post = channel.postMessage.bind(channel);
  const fetchRaw = window.fetch.bind(window);
  const stringify = JSON.stringify; // a page that replaces JSON.stringify must not see the invoke key
  const bare = Object.create, arrayFrom = Array.from, fromEntries = Object.fromEntries, NativeMap = Map, Bytes = Uint8Array, Buffer = ArrayBuffer;
  const origin = function (scheme) { return cfg.schemeOrigin.replace('SCHEME', scheme); };
  const IPC = origin('ipc') + '/';
  const callbacks = new Map();
  const calls = new Map();
  const eventHandlers = new Map(); // "event\u0000eventId" -> callback id, for unregisterListener
  let nextCallback = 1;
  let nextCall = 1;

  function transformCallback(callback, once) {
    const id = nextCallback++;
    const fn = typeof callback === 'function' ? callback : function () {};
    callbacks.set(id, once ? function (data) { callbacks.delete(id); return fn(data); } : fn);
    return id;
  }
  function unregisterCallback(id) { callbacks.delete(id); }
  function runCallback(id, data) {
    const fn = callbacks.get(id);
    if (fn) fn(data);
  }

  // Nested values go as Tauri's IPC script sends them (crates/tauri/scripts/process-ipc-message-fn.js): a Map as an
  // object, a Uint8Array or ArrayBuffer as an array of numbers, an object with SERIALIZE_TO_IPC_FN as what it returns
  // (a Channel's "__CHANNEL__:<id>"). Only a whole-arguments Uint8Array/ArrayBuffer travels as raw bytes.
  function toIpc(key, value) {
    if (value instanceof NativeMap) return fromEntries(value.entries());
    if (value instanceof Bytes) return arrayFrom(value);
    if (value instanceof Buffer) return arrayFrom(new Bytes(value));
    if (typeof value === 'object' && value !== null && '__TAURI_TO_IPC_KEY__' in value) return value.__TAURI_TO_IPC_KEY__();
    return value;
  }
  function ipcError(e) {
    const err = (e && typeof e === 'object') ? e : { code: 'COMMAND_FAILED', message: String(e) };
    Object.defineProperty(err, 'toString', { value: function () { return this.message; }, enumerable: false });
    return err;
  }

  function invoke(cmd, args, options) {
    if (args === undefined || args === null) args = {};
    return new Promise(function (resolve, reject) {
      if (args instanceof ArrayBuffer || ArrayBuffer.isView(args)) {
        sendBinary(cmd, args, options).then(resolve, reject);
        return;
      }
      const id = nextCall++;
      let message;
      try {
        // no prototype: a toJSON or __TAURI_TO_IPC_KEY__ a page puts on Object.prototype never runs on the envelope
        const envelope = bare(null);
        envelope.k = cfg.key; envelope.w = cfg.label; envelope.i = id; envelope.c = cmd; envelope.a = args;
        envelope.h = options && options.headers;
        message = stringify(envelope, toIpc);
      } catch (e) {
        reject(ipcError({ code: 'INVALID_ARGUMENT', message: 'arguments of ' + cmd + ' cannot be sent: ' + e }));
        return;
      }
      calls.set(id, { resolve: resolve, reject: reject, cmd: cmd, args: args });
      post(message);
    });
  }

  // Binary bodies cannot travel in a script message: they go as a POST to the ipc: scheme, as the raw bytes.
  function sendBinary(cmd, data, options) {
    const own = (options && options.headers) || {};
    const headers = Object.assign({}, own,
      { 'Content-Type': 'application/octet-stream', 'Tauri-Invoke-Key': cfg.key, 'Tauri-Window': cfg.label,
        'Tauri-Headers': Object.keys(own).join(',') });
    return fetchRaw(IPC + encodeURIComponent(cmd), { method: 'POST', body: data, headers: headers }).then(readAnswer);
  }
  function readAnswer(response) {
    const type = response.headers.get('Content-Type') || '';
    const body = type.indexOf('application/octet-stream') === 0 ? response.arrayBuffer() : response.text().then(JSON.parse);
    return body.then(function (value) {
      if (response.headers.get('Tauri-Response') === 'ok') return value;
      throw ipcError(value);
    });
  }
  function pullBinary(token) {
    return fetchRaw(IPC + '__result/' + token, { method: 'GET', headers: { 'Tauri-Invoke-Key': cfg.key } }).then(readAnswer);
  }

  function settle(id, ok, value) {
    const call = calls.get(id);
    if (!call) return;
    calls.delete(id);
    if (!ok) { call.reject(ipcError(value)); return; }
    if (call.cmd === 'plugin:event|listen') eventHandlers.set(call.args.event + '\u0000' + value, call.args.handler);
    call.resolve(value);
  }

  // Java -> JS: one evaluate per batch. Entries: [0, callbackId, data] [1, callId, value] [2, callId, error] [3, callId, token]
  function deliver(batch) {
    for (let i = 0; i < batch.length; i++) {
      const e = batch[i];
      try {
        if (e[0] === 0) runCallback(e[1], e[2]);
        else if (e[0] === 1) settle(e[1], true, e[2]);
        else if (e[0] === 2) settle(e[1], false, e[2]);
        else if (e[0] === 3) pullBinary(e[2]).then(function (v) { settle(e[1], true, v); }, function (err) { settle(e[1], false, err); });
      } catch (err) {
        queueMicrotask(function () { throw err; }); // one throwing listener must not stop the batch
      }
    }
  }
  Object.defineProperty(window, '__TAURI4J_DELIVER__', { value: deliver });

  const label = cfg.label;
  const internals = {
    invoke: invoke,
    transformCallback: transformCallback,
    unregisterCallback: unregisterCallback,
    runCallback: runCallback,
    callbacks: callbacks,
    convertFileSrc: function (path, protocol) {
      return origin(protocol || 'asset') + '/' + encodeURIComponent(path);
    },
    metadata: { currentWindow: { label: label }, currentWebview: { windowLabel: label, label: label } },
    plugins: { path: { sep: cfg.sep, delimiter: cfg.delimiter } },
  };
  Object.defineProperty(window, '__TAURI_INTERNALS__', { value: Object.freeze(internals) });
  Object.defineProperty(window, '__TAURI_EVENT_PLUGIN_INTERNALS__', { value: Object.freeze({
    unregisterListener: function (event, eventId) {
      const key = event + '\u0000' + eventId;
      const handler = eventHandlers.get(key);
      if (handler !== undefined) { unregisterCallback(handler); eventHandlers.delete(key); }
    },
  }) });
  window.isTauri = true;

  // Frameless windows: pressing an element marked data-tauri-drag-region moves the window, a double click on it
  // maximizes or restores (Tauri's window plugin does the same).
  document.addEventListener('mousedown', function (e) {
    if (e.button !== 0 || (e.detail !== 1 && e.detail !== 2)) return;
    if (!(e.target instanceof Element) || !e.target.hasAttribute('data-tauri-drag-region')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    invoke(e.detail === 2 ? 'plugin:window|internal_toggle_maximize' : 'plugin:window|start_dragging');
  });

  if (cfg.globalTauri) {
    // A small window.__TAURI__ for plain scripts; bundlers should import @tauri-apps/api instead.
    class Channel {
      constructor(onmessage) {
        this.onmessage = onmessage || function () {};
        let next = 0, end;
        const pending = new Map();
        this.id = transformCallback((raw) => {
          if ('end' in raw) { end = raw.index; } else { pending.set(raw.index, raw.message); }
          while (pending.has(next)) { const m = pending.get(next); pending.delete(next); next++; this.onmessage(m); }
          if (next === end) unregisterCallback(this.id);
        });
      }
      toJSON() { return '__CHANNEL__:' + this.id; }
    }
    function listen(event, handler, options) {
      const target = typeof (options && options.target) === 'string' ? { kind: 'AnyLabel', label: options.target }
        : ((options && options.target) || { kind: 'Any' });
      return invoke('plugin:event|listen', { event: event, target: target, handler: transformCallback(handler) })
        .then(function (eventId) {
          return function () {
            window.__TAURI_EVENT_PLUGIN_INTERNALS__.unregisterListener(event, eventId);
            return invoke('plugin:event|unlisten', { event: event, eventId: eventId });
          };
        });
    }
    function once(event, handler, options) {
      let unlisten;
      return listen(event, function (e) { if (unlisten) unlisten(); handler(e); }, options)
        .then(function (u) { unlisten = u; return u; });
    }
    window.__TAURI__ = Object.freeze({
      core: Object.freeze({ invoke: invoke, transformCallback: transformCallback, Channel: Channel,
        convertFileSrc: internals.convertFileSrc, isTauri: function () { return true; } }),
      event: Object.freeze({ listen: listen, once: once,
        emit: function (event, payload) { return invoke('plugin:event|emit', { event: event, payload: payload }); },
        emitTo: function (target, event, payload) {
          const t = typeof target === 'string' ? { kind: 'AnyLabel', label: target } : target;
          return invoke('plugin:event|emit_to', { target: t, event: event, payload: payload });
        } }),
    });
  }
  if (cfg.freezePrototype) Object.freeze(Object.prototype);
})(/*CONFIG*/);
