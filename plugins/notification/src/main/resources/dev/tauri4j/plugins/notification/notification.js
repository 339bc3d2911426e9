// window.Notification as @tauri-apps/plugin-notification expects it: its sendNotification() constructs one, its
// requestPermission() calls Notification.requestPermission() and its isPermissionGranted() reads
// Notification.permission. WebKitGTK's own Notification would ask WebKit, which has no permission UI here.
(() => {
  const invoke = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args);
  let permission = 'default';
  const settle = answer => {
    permission = answer === 'prompt' || answer === 'prompt-with-rationale' ? 'default' : answer;
  };

  function Notification(title, options) {
    const payload = Object.assign({}, options || {}, { title });
    invoke('plugin:notification|notify', { options: payload }).catch(e => console.error('notification failed:', e));
  }
  Notification.requestPermission = () =>
    invoke('plugin:notification|request_permission').then(answer => { settle(answer); return answer; });
  Object.defineProperty(Notification, 'permission', {
    enumerable: true,
    get: () => permission,
    set: () => { throw new Error('Readonly property'); }
  });
  window.Notification = Notification;

  // null means "ask"; Linux always answers true
  invoke('plugin:notification|is_permission_granted')
    .then(granted => settle(granted === null ? 'default' : granted ? 'granted' : 'denied'), () => {});
})();
