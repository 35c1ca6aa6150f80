import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/analyze/parse.ts';
import { collectFacts } from '../../src/analyze/dataflow/facts.ts';
import { constantPrefix, constantValue, hostOf } from '../../src/analyze/dataflow/constants.ts';
import type { Node } from '../../src/analyze/ast.ts';

/** Evaluates the initialiser of the last `var x = …` in `code`. */
function lastInit(code: string): { node: Node; facts: ReturnType<typeof collectFacts> } {
  const { program } = parseScript(code);
  const facts = collectFacts(program);
  const declaration = (program.body as Node[]).at(-1) as Node;
  return { node: declaration.declarations[0].init as Node, facts };
}

describe('constant evaluation', () => {
  const prefixes: [string, string | null][] = [
    ['var x = "https://a.example/g?d=" + data + "&k=1";', 'https://a.example/g?d='],
    ['var h = "https://a.example"; var x = h + "/p/" + id;', 'https://a.example/p/'],
    ['var x = flag ? "https://a.example/x?ie" : "https://a.example/x?gen";', 'https://a.example/x?'],
    ['var x = ["wss:", "//a.example", "/s"].join("");', 'wss://a.example/s'],
    ['var u = atob("aHR0cHM6Ly9hLmV4YW1wbGUv"); var x = u + v;', 'https://a.example/'],
    ['var x = data + "https://a.example/";', null],
    // configuration objects and constant lists hold the gate URL
    ['var cfg = { gate: "https://a.example/g", every: 4000 }; var x = cfg.gate + "?d=" + d;', 'https://a.example/g?d='],
    ['var hosts = ["https://a.example/1", "https://b.example/2"]; var x = hosts[1] + q;', 'https://b.example/2'],
    ['var c = (function () { return { h: "https://a.example/i" }; })(); var x = c.h;', 'https://a.example/i'],
    ['var t = { n: "https://a.example" }; var x = `${t.n}/serve?w=${w}`;', 'https://a.example/serve?w='],
    ['var u = new URL("https://a.example/event"); var x = u.href;', 'https://a.example/event'],
    // …but not once the property is written, or the list reordered
    ['var cfg = { gate: "https://a.example/g" }; cfg.gate = user; var x = cfg.gate;', null],
    ['var hosts = ["https://a.example/1", "https://b.example/2"]; hosts.reverse(); var x = hosts[1];', null],
    ['var o = { url: "https://a.example/g" }; function f() { this.url = input; } var x = o.url;', null],
  ];
  for (const [code, expected] of prefixes) {
    test(`prefix of ${code}`, () => {
      const { node, facts } = lastInit(code);
      assert.equal(constantPrefix(node, facts), expected);
    });
  }

  test('full values follow decoders held in variables, and stop at anything unknown', () => {
    const decoded = lastInit('var d = window.nope || window.atob; var x = d("Y3Z2");');
    assert.equal(constantValue(decoded.node, decoded.facts), 'cvv');
    const unknown = lastInit('var x = "a" + b;');
    assert.equal(constantValue(unknown.node, unknown.facts), null);
  });

  test('members of constant objects: `this` in an object literal method, another object\'s write of the same key', () => {
    const { program } = parseScript('var K = { url: "https://a.example/k", send: function () { return this.url; } }; var o = {}; o.url = 1;');
    const facts = collectFacts(program);
    const send = ((program.body as Node[])[0] as Node).declarations[0].init.properties[1].value as Node;
    assert.equal(constantPrefix(send.body.body[0].argument as Node, facts), 'https://a.example/k');
    const iife = parseScript('(function (c) { f(c.u); })({ u: "https://a.example/u" });').program;
    const iifeFacts = collectFacts(iife);
    const call = iifeFacts.calls.find((node) => node.callee.name === 'f') as Node;
    assert.equal(constantPrefix(call.arguments[0] as Node, iifeFacts), 'https://a.example/u');
    const miner = lastInit('var a0 = ["login", "submit"]; var x = a0[0];');
    assert.equal(constantValue(miner.node, miner.facts), 'login');
  });

  test('hosts of absolute, protocol-relative and socket URLs; none for relative ones', () => {
    assert.equal(hostOf('https://A.Example:8443/x'), 'a.example');
    assert.equal(hostOf('//cdn.example/x.js'), 'cdn.example');
    assert.equal(hostOf('wss://s.example'), 's.example');
    assert.equal(hostOf('/api/cart'), null);
  });
});
