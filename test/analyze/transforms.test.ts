import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'astring';
import { parseScript } from '../../src/analyze/parse.ts';
import { transforms } from '../../src/analyze/transforms/index.ts';
import { collectFacts } from '../../src/analyze/dataflow/facts.ts';

function normalize(code: string): { output: string; counts: Record<string, number> } {
  const { program } = parseScript(code);
  const facts = collectFacts(program);
  return { output: generate(program as never).trim(), counts: facts.transforms };
}

// [transform, input, expected output]
const cases: [string, string, string][] = [
  ['fold-constant-binary', 'x = "car" + "dnum";', 'x = "cardnum";'],
  ['fold-constant-binary', 'x = 99 + 1;', 'x = 100;'],
  ['fold-template-literal', 'x = `ev${"a"}l`;', 'x = "eval";'],
  ['computed-member-to-dot', 'window["XMLHttp" + "Request"];', 'window.XMLHttpRequest;'],
  ['decode-char-codes', 'x = String.fromCharCode(101, 118, 97, 108);', 'x = "eval";'],
  ['decode-char-codes', 'x = String.fromCharCode.apply(null, [99, 118, 118]);', 'x = "cvv";'],
  ['decode-base64', 'x = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGU=");', 'x = "https://evil.example";'],
  ['decode-base64', 'x = window.atob("Y3Z2");', 'x = "cvv";'],
  ['decode-uri', 'x = unescape("%63%76%76");', 'x = "cvv";'],
  ['decode-uri', 'x = decodeURIComponent("%3Cscript%3E");', 'x = "<script>";'],
  ['fold-literal-methods', 'x = "lave".split("").reverse().join("");', 'x = "eval";'],
  ['fold-literal-methods', 'x = "CVV".toLowerCase();', 'x = "cvv";'],
];

describe('transforms', () => {
  for (const [name, input, expected] of cases) {
    test(`${name}: ${input}`, () => {
      const { output, counts } = normalize(input);
      assert.equal(output, expected);
      assert.ok((counts[name] ?? 0) > 0, `${name} should have counted a change, counts: ${JSON.stringify(counts)}`);
    });
  }

  test('escapes are decoded by the parser', () => {
    assert.equal(normalize('x = "\\x63\\x76\\u0076";').output, 'x = "cvv";');
  });

  test('leaves non-constant code alone and reports no changes', () => {
    const { output, counts } = normalize('x = a + "b"; y = atob(z); w = s.split("").reverse();');
    assert.equal(output, 'x = a + "b";\ny = atob(z);\nw = s.split("").reverse();');
    assert.deepEqual(counts, {});
  });

  test('refuses to fold past the string size bound (memory bomb)', () => {
    const { output } = normalize('x = "ab".repeat(1e9);');
    assert.match(output, /repeat/);
  });

  test('malformed escapes are left as they are, not thrown', () => {
    assert.equal(normalize('x = decodeURIComponent("%E0%A4%A");').output, 'x = decodeURIComponent("%E0%A4%A");');
  });

  test('regex replacements are not evaluated (attacker-chosen backtracking)', () => {
    assert.match(normalize('x = "aaaa".replace(/(a+)+$/, "");').output, /replace/);
  });

  test('every transform has a name, a description and a safety flag', () => {
    const names = new Set<string>();
    for (const transform of transforms) {
      assert.match(transform.meta.name, /^[a-z]+(?:-[a-z0-9]+)+$/);
      assert.ok(transform.meta.description.length > 10);
      assert.equal(typeof transform.meta.safe, 'boolean');
      assert.ok(!names.has(transform.meta.name), 'names are unique');
      names.add(transform.meta.name);
    }
  });
});
