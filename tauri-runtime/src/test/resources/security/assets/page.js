// Records CSP violations for the tests, and relays requests to the sandboxed (other-origin) frame.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.frameReady = new Promise((resolve) => {
  const frame = () => document.getElementById('frame').contentWindow;
  const ping = setInterval(() => frame().postMessage({ ping: true }, '*'), 50);
  window.addEventListener('message', (e) => {
    if (e.source === frame() && e.data && e.data.ready) { clearInterval(ping); resolve(true); }
  });
});
window.askFrame = (request) => window.frameReady.then(() => new Promise((resolve) => {
  const onAnswer = (e) => {
    if (e.source !== document.getElementById('frame').contentWindow) return;
    window.removeEventListener('message', onAnswer);
    resolve(e.data);
  };
  window.addEventListener('message', onAnswer);
  document.getElementById('frame').contentWindow.postMessage(request, '*');
}));
document.getElementById('status').textContent = 'ready: ' + window.__TAURI_INTERNALS__.metadata.currentWindow.label;
