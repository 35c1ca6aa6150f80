/**
 * Which function bodies are worth analysing. A finding needs an anchor: a source (form fields, key events, storage,
 * cookies), a sink (network, navigation, markup, code execution), a decoder that could hide one of those, or a
 * detector's vocabulary (miners, devtools checks, self-removal). A function whose text spells none of them cannot
 * hold one, so the facts walk skips its body and the dataflow treats calls to it as opaque (the result carries
 * whatever went in). On multi-megabyte bundles most function bodies are pure utilities; skipping them is what keeps
 * the analysis within a small multiple of parse time.
 *
 * The check is lexical (one regular expression over the source text, run once): anything that spells a name through
 * a computed or decoded string is caught by the decoder anchors (escapes, char codes, base64, concatenated string
 * literals), and a function that reads a field through a name built at run time from non-constant parts is beyond
 * static analysis either way. Pure core: no I/O.
 */

/** Names whose presence makes a function body relevant. Grouped by what they anchor. */
const ANCHOR_NAMES: readonly string[] = [
  // sources: form fields, form data, key events, storage, cookies
  'value', 'val', 'checked', 'files', 'forms', 'elements', 'FormData', 'serialize', 'serializeArray', 'cookie',
  'localStorage', 'sessionStorage', 'getItem', 'setItem', 'key', 'keyCode', 'which', 'keydown', 'keyup', 'keypress',
  'input', 'change', 'submit', 'blur', 'focusout', 'click', 'addEventListener', 'attachEvent', 'oninput', 'onchange',
  'onsubmit', 'onkeydown', 'onkeyup', 'onkeypress', 'onblur', 'onclick', 'textInput',
  // sinks: network, navigation, markup, messaging
  'fetch', 'XMLHttpRequest', 'ActiveXObject', 'open', 'send', 'sendBeacon', 'Image', 'src', 'href', 'action',
  'formAction', 'WebSocket', 'EventSource', 'postMessage', 'ajax', 'post', 'getJSON', 'getScript', 'ajaxSend',
  'ajaxComplete', 'ajaxPrefilter', 'ajaxSuccess', 'location', 'write', 'writeln', 'innerHTML', 'outerHTML',
  'insertAdjacentHTML', 'createElement', 'setAttribute', 'importScripts', 'requestSubmit', 'prototype', 'Proxy',
  // code execution and decoders
  'eval', 'Function', 'constructor', 'setTimeout', 'setInterval', 'execScript', 'atob', 'btoa', 'fromCharCode',
  'charCodeAt', 'decodeURIComponent', 'decodeURI', 'unescape', 'escape', 'encodeURIComponent', 'reverse',
  // detector vocabulary: miners, anti-analysis, self-removal, hidden frames, fingerprinting gates
  'WebAssembly', 'Worker', 'SharedWorker', 'hardwareConcurrency', 'createObjectURL', 'debugger', 'console',
  'webdriver', 'userAgent', 'currentScript', 'removeChild', 'remove', 'iframe', 'display', 'visibility', 'referrer',
  'miner', 'Miner', 'throttle', 'threads', 'hashes', 'Hashes', 'hashrate', 'cryptonight', 'coinhive', 'CoinHive',
  'monero', 'xmr', 'wallet', 'stratum', 'job_id', 'nonce', 'site_key', 'siteKey',
  // clipboard hijacking and ClickFix lures: clipboard APIs, copy/paste through a field, the commands they plant
  'clipboard', 'clipboardData', 'writeText', 'readText', 'execCommand', 'setData', 'getData', 'powershell', 'mshta',
  // wallet drainers: the injected provider and the signing calls they rewrite
  'ethereum', 'eth_sendTransaction', 'eth_signTypedData_v4', 'personal_sign',
  // push-notification lures: the permission prompt, the subscription and the notifications shown
  'Notification', 'requestPermission', 'pushManager', 'showNotification', 'respondWith',
  // webinjects: text nodes rewritten in place (IBANs, wallet addresses on the page)
  'nodeValue',
];

/**
 * Syntax that can hide an anchor: escapes in strings (`"\x76alue"`), concatenated string literals
 * (`"va" + "lue"`), and `debugger` statements. Also the regular expressions that find bank identifiers
 * (`[A-Z]{2}\d{2}` for an IBAN, `[A-Z]{4}` for a BIC), which webinjects use to find the details they swap.
 */
const ANCHOR_SYNTAX = String.raw`\\[xu0-7]|["'\x60]\s*\+\s*["'\x60]|\[A-Z\]\{[24]\}`;

const ANCHORS = new RegExp(`\\b(?:${ANCHOR_NAMES.join('|')})\\b|${ANCHOR_SYNTAX}`, 'g');

const SPELLS_ANCHOR = new RegExp(ANCHORS.source);

/** True when `text` (a decoded or inlined string) spells an anchor. */
export function spellsAnchor(text: string): boolean {
  return SPELLS_ANCHOR.test(text);
}

/** Start offsets of every anchor in the source, ascending; `hasAnchor` answers range queries over them. */
export class AnchorIndex {
  private readonly offsets: Int32Array;

  constructor(source: string) {
    const found: number[] = [];
    ANCHORS.lastIndex = 0;
    for (let match = ANCHORS.exec(source); match !== null; match = ANCHORS.exec(source)) found.push(match.index);
    this.offsets = Int32Array.from(found);
  }

  /** True when an anchor starts inside [start, end). */
  hasAnchor(start: number, end: number): boolean {
    const offsets = this.offsets;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] as number) < start) low = middle + 1;
      else high = middle;
    }
    return low < offsets.length && (offsets[low] as number) < end;
  }
}
