/**
 * The durability promise, tested on a real process: load `skimguard serve` with reports in both formats, kill -9 it
 * in the middle, start it again, and find every report that had been acknowledged with 204 in the store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/skimguard.js');
const TOKEN = 'sg_crash-test-token-0123456789';

const children: ChildProcess[] = [];

function start(config: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--config', config, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(log)?.[1];
      if (url) resolve({ child, url, log: () => log });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
  });
}

function body(i: number): { type: string; payload: string; url: string } {
  const url = `https://cdn.vendor.example/s/${i}.js`;
  if (i % 2 === 0) {
    return { url, type: 'application/csp-report', payload: JSON.stringify({ 'csp-report': { 'document-uri': `https://shop.example/p/${i % 7}`, 'effective-directive': 'script-src-elem', 'violated-directive': 'script-src-elem', 'blocked-uri': url } }) };
  }
  return { url, type: 'application/reports+json', payload: JSON.stringify([{ type: 'csp-violation', age: 3, url: 'https://shop.example/', body: { documentURL: 'https://shop.example/', blockedURL: url, effectiveDirective: 'script-src-elem', disposition: 'report' } }]) };
}

test('kill -9 under load: every acknowledged report is in the store after a restart', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-crash-'));
  const config = join(dir, 'skimguard.config.json');
  writeFileSync(config, JSON.stringify({
    state_dir: 'state',
    server: { database: 'skimguard.db', api_token: TOKEN, flush_interval_ms: 100, rate_limits: { per_client_per_minute: 1_000_000, per_site_per_minute: 1_000_000 } },
  }));
  const added = spawnSync(process.execPath, [BIN, 'sites', 'add', '--id', 'shop', '--name', 'Shop', '--host', 'shop.example', '--config', config], { encoding: 'utf8' });
  assert.equal(added.status, 0, added.stderr);
  try {
    const first = await start(config);
    const acknowledged = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed) {
        const { url, type, payload } = body(next++);
        try {
          const response = await fetch(`${first.url}/reports/shop`, { method: 'POST', headers: { 'content-type': type }, body: payload });
          if (response.status === 204) acknowledged.add(url);
        } catch {
          // The process is gone: this report was never acknowledged.
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill while batches are being written and requests are in flight.
    while (acknowledged.size < 600) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));

    const second = await start(config);
    const stored = new Set<string>();
    for (let page = 1; ; page += 1) {
      const response = await fetch(`${second.url}/api/v1/sites/shop/scripts?per_page=1000&page=${page}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const { result } = await response.json() as { result: { url: string }[] };
      for (const script of result) stored.add(script.url);
      if (result.length < 1000) break;
    }
    const lost = [...acknowledged].filter((url) => !stored.has(url));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged reports were lost`);
    assert.ok(acknowledged.size >= 600);
    second.child.kill('SIGTERM');
    const code = await new Promise((resolve) => second.child.once('exit', resolve));
    assert.equal(code, 0, second.log());
  } finally {
    // A failed assertion must not leave a server running (it would also keep the test process alive).
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
