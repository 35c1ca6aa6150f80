/** `skimguard sites`, `header` and `serve` through main(), on a temporary SQLite file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCommand } from '../../src/cli/commands/serve.ts';
import { main } from '../../src/cli/index.ts';
import type { CommandIo } from '../../src/cli/io.ts';

function capture(): { io: CommandIo; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return { io: { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, progress: () => {}, isTty: false }, out: () => stdout, err: () => stderr };
}

test('sites add|list and header read and write the database named by --db', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-cli-'));
  const db = join(dir, 'sg.db');
  try {
    const add = capture();
    assert.equal(await main(['sites', 'add', '--id', 'shop', '--name', 'Shop', '--host', 'Shop.example', '--host', '*.shop.example', '--sampling-rate', '0.5', '--db', db], add.io), 0, add.err());
    assert.match(add.out(), /added shop/);
    const again = capture();
    assert.equal(await main(['sites', 'add', '--id', 'shop', '--host', 'x.example', '--db', db], again.io), 2);
    assert.match(again.err(), /already exists/);
    const bad = capture();
    assert.equal(await main(['sites', 'add', '--id', 'blog', '--host', 'https://blog.example/', '--db', db], bad.io), 2);
    assert.match(bad.err(), /is not a host name/);
    const list = capture();
    assert.equal(await main(['sites', 'list', '--json', `--db=${db}`], list.io), 0);
    const [site] = list.out().trim().split('\n').map((line) => JSON.parse(line) as { id: string; hostnames: string[]; samplingRate: number });
    assert.deepEqual([site?.id, site?.hostnames, site?.samplingRate], ['shop', ['shop.example', '*.shop.example'], 0.5]);
    const header = capture();
    assert.equal(await main(['header', '--site', 'shop', '--public-url', 'https://monitor.example', '--db', db], header.io), 0, header.err());
    assert.match(header.out(), /report-uri https:\/\/monitor\.example\/reports\/shop; report-to skimguard/);
    const unknown = capture();
    assert.equal(await main(['header', '--site', 'nope', '--public-url', 'https://monitor.example', '--db', db], unknown.io), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: the first start prints a token once and keeps only its digest; the token works after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-serve-cli-'));
  const previous = process.env.SKIMGUARD_STATE_DIR;
  process.env.SKIMGUARD_STATE_DIR = join(dir, 'state');
  try {
    const runOnce = async (): Promise<{ stderr: string; token: string | undefined; base: string; stop: () => Promise<number> }> => {
      const signals = new EventEmitter();
      const out = capture();
      const running = serveCommand(['--db', join(dir, 'sg.db'), '--port', '0'], out.io, signals);
      while (!/listening on/.test(out.err())) await new Promise((resolve) => setTimeout(resolve, 10));
      return {
        stderr: out.err(), token: /\n {2}(sg_\S+)\n/.exec(out.err())?.[1], base: /listening on (\S+)/.exec(out.err())?.[1] as string,
        stop: async () => { signals.emit('SIGTERM'); return running; },
      };
    };
    const first = await runOnce();
    assert.ok(first.token, first.stderr);
    const sites = await fetch(`${first.base}/api/v1/sites`, { headers: { authorization: `Bearer ${first.token}` } });
    assert.equal(sites.status, 200);
    assert.equal(await first.stop(), 0);
    const second = await runOnce();
    assert.equal(second.token, undefined, 'printed once only');
    assert.equal((await fetch(`${second.base}/api/v1/sites`, { headers: { authorization: `Bearer ${first.token}` } })).status, 200);
    assert.equal((await fetch(`${second.base}/api/v1/sites`)).status, 401);
    assert.equal(await second.stop(), 0);
  } finally {
    if (previous === undefined) delete process.env.SKIMGUARD_STATE_DIR;
    else process.env.SKIMGUARD_STATE_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});
