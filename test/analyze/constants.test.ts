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

  test('hosts of absolute, protocol-relative and socket URLs; none for relative ones', () => {
    assert.equal(hostOf('https://A.Example:8443/x'), 'a.example');
    assert.equal(hostOf('//cdn.example/x.js'), 'cdn.example');
    assert.equal(hostOf('wss://s.example'), 's.example');
    assert.equal(hostOf('/api/cart'), null);
  });
});
