// The opener plugin's link handling: a link the page opens in a new window (target="_blank", or a ctrl- or
// shift-click) to an http, https, mailto or tel URL goes to the system through plugin:opener|open_url.
(() => {
  const external = ['http:', 'https:', 'mailto:', 'tel:'];
  window.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey) return;
    const anchor = event.composedPath().find((node) => node instanceof Node && node.nodeName.toUpperCase() === 'A');
    if (!anchor || !anchor.href) return;
    if (anchor.target !== '_blank' && !event.ctrlKey && !event.shiftKey) return;
    const url = new URL(anchor.href);
    if (!external.includes(url.protocol)) return;
    event.preventDefault();
    window.__TAURI_INTERNALS__.invoke('plugin:opener|open_url', { url: url.href })
      .catch((error) => console.error('opener: ' + url.href + ' was not opened:', error));
  });
})();
