import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, type Sandbox } from '../../src/analyze/sandbox.ts';

// Analysed code is hostile: it must not reach the host, and no loop or allocation of its own may hang or crash us.
describe('sandbox', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await createSandbox();
  });

  test('runs plain code and returns its string result', () => {
    assert.deepEqual(sandbox.run('JSON.stringify([1 + 2, "ab".split("").reverse().join("")])'), { status: 'ok', value: '[3,"ba"]' });
  });

  test('sees no host objects: process, require, modules, file system, network, timers', () => {
    const probe = `JSON.stringify(['process', 'require', 'module', 'Buffer', 'fetch', 'XMLHttpRequest', 'WebSocket', 'setTimeout',
      'console', 'std', 'os', 'Deno', 'Bun', 'importScripts'].map(function (name) { return typeof globalThis[name]; }))`;
    const outcome = sandbox.run(probe);
    assert.equal(outcome.status, 'ok');
    assert.ok(outcome.status === 'ok' && (JSON.parse(outcome.value) as string[]).every((type) => type === 'undefined'), outcome.status === 'ok' ? outcome.value : '');
  });

  test('the constructor escape that breaks node:vm finds nothing', () => {
    const outcome = sandbox.run('String(this.constructor.constructor("return typeof process + typeof require")())');
    assert.deepEqual(outcome, { status: 'ok', value: 'undefinedundefined' });
    const imported = sandbox.run('String(typeof import("fs"))');
    // A dynamic import has no loader behind it: either refused or a promise that never gets a module.
    assert.ok(imported.status === 'error' || (imported.status === 'ok' && imported.value === 'object'));
    const drained = sandbox.run('var r = "none"; import("fs").then(function () { r = "loaded"; }, function () { r = "refused"; }); r');
    assert.ok(drained.status !== 'ok' || drained.value !== 'loaded');
  });

  test('an infinite loop ends with a timeout status', () => {
    const started = Date.now();
    const outcome = sandbox.run('for (;;) {}', { timeMs: 200 });
    assert.equal(outcome.status, 'timeout');
    assert.ok(Date.now() - started < 5_000);
  });

  test('a memory bomb ends with an out_of_memory status and the sandbox still works', () => {
    // A generous time limit, so that on a busy machine the memory limit is still what ends it.
    const outcome = sandbox.run('var a = []; for (;;) a.push("padding-padding-padding-" + a.length);', { memoryBytes: 16 * 1024 * 1024, timeMs: 60_000 });
    assert.equal(outcome.status, 'out_of_memory');
    assert.deepEqual(sandbox.run('"still here"'), { status: 'ok', value: 'still here' });
  });

  test('runaway recursion and deeply nested parsing end with an error status, and the sandbox recovers', async () => {
    assert.equal(sandbox.run('function f() { return f() + 1; } f()').status, 'error');
    assert.equal(sandbox.run('JSON.parse("[".repeat(200000))').status, 'error');
    // A failure inside the interpreter replaces the instance; the spare is loaded in the background.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(sandbox.run('"recovered"'), { status: 'ok', value: 'recovered' });
  });

  test('each run starts clean: globals and prototype changes do not carry over', () => {
    sandbox.run('Array.prototype.join = function () { return "pwned"; }; var leaked = 1; ""');
    assert.deepEqual(sandbox.run('[1, 2].join("-") + typeof leaked'), { status: 'ok', value: '1-2undefined' });
  });

  test('a result that is not a string is an error, not a crash', () => {
    assert.equal(sandbox.run('({})').status, 'error');
    assert.equal(sandbox.run('throw new Error("boom")').status, 'error');
  });
});
