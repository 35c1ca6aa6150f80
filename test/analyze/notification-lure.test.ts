import { detectorTable, type DetectorCase } from './detector-table.ts';

// [what the case shows, code, expected severity (null: no finding)]
const notificationLure: DetectorCase[] = [
  ['a fake CAPTCHA that tells the visitor to click Allow, then asks for permission',
    `box.innerHTML = '<p>Click <b>Allow</b> to confirm you are not a robot</p>';
     Notification.requestPermission().then(function (p) { if (p === 'granted') subscribe(); });`,
    'high'],
  ['an age gate in a template literal before a push subscription',
    "panel.innerHTML = `<h2>18+ only</h2><p>Press Allow to continue to the video</p>`;\n" +
    'navigator.serviceWorker.register("/sw.js").then(function (reg) { return reg.pushManager.subscribe({ userVisibleOnly: true }); });',
    'high'],
  ['a service worker showing a fake virus alert',
    `self.addEventListener('push', function (event) {
       event.waitUntil(self.registration.showNotification('Security alert', { body: '3 viruses detected on your device', requireInteraction: true }));
     });`,
    'high'],
  ['a local Notification promising a prize',
    "var n = new Notification('Congratulations!', { body: 'You have won a gift card' }); n.onclick = function () { window.open(offer); };",
    'high'],
  ['a news site asking for permission with an honest explanation',
    `button.textContent = 'Get breaking news alerts';
     button.onclick = function () { Notification.requestPermission().then(save); };`,
    null],
  ['a chat app showing a message notification',
    `self.addEventListener('push', function (event) {
       var data = event.data.json();
       event.waitUntil(self.registration.showNotification(data.sender, { body: data.text, tag: 'chat' }));
     });`,
    null],
  ['lure text with no permission request or notification', "box.innerHTML = '<p>Click Allow to continue</p>';", null],
];
detectorTable('notification-lure', notificationLure);

const serviceWorkerHijack: DetectorCase[] = [
  ['navigations answered with a redirect to a landing page fetched at run time',
    `self.addEventListener('fetch', function (event) {
       if (event.request.mode !== 'navigate') return;
       event.respondWith(pick().then(function (url) { return Response.redirect(url, 302); }));
     });`,
    'high'],
  ['a redirect to a hard-coded external host from onfetch',
    "self.onfetch = (e) => { if (Math.random() < 0.2) e.respondWith(Response.redirect('https://offers.example/land', 302)); };",
    'high'],
  ['an offline-first worker serving cached pages', `self.addEventListener('fetch', (event) => {
       event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));
     });`,
    null],
  ['a worker sending signed-out visitors to the site\'s own login page',
    "self.addEventListener('fetch', (event) => { if (needsLogin(event.request)) event.respondWith(Response.redirect('/login', 302)); });",
    null],
  ['Response.redirect outside any fetch handler', "function go(url) { return Response.redirect(url, 301); }", null],
];
detectorTable('service-worker-hijack', serviceWorkerHijack);
