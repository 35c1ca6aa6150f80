/**
 * `skimguard feeds update|list` and `skimguard check` end to end, against a feed served by a local HTTP server
 * (loopback only) and a configuration file in a temporary directory.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.ts';
import { DEFAULT_STATE_DIR } from '../../src/config.ts';
import type { CommandIo } from '../../src/cli/io.ts';

let feedBody = '';
let server: http.Server;
let dir = '';
let configPath = '';

async function run(args: string[], stdin: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, progress: () => {}, isTty: false,
    stdinLines: async function* () { yield* stdin; },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

before(async () => {
  server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(feedBody);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(join(tmpdir(), 'skimguard-intel-'));
  configPath = join(dir, 'skimguard.config.json');
  const port = (server.address() as AddressInfo).port;
  writeFileSync(configPath, JSON.stringify({
    feeds: [
      { id: 'local-blocklist', format: 'domain-list', url: `http://127.0.0.1:${port}/list.txt`, allow_private: true, categories: ['Spyware'] },
      { id: 'local-file', format: 'hosts', path: 'hosts.txt' },
    ],
    allow_list: ['cdn.fine.example'],
  }));
  writeFileSync(join(dir, 'hosts.txt'), '0.0.0.0 exact-host.example\n');
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

test('feeds update, then check: reported domains with their categories, the allow-list, exit codes', async () => {
  feedBody = 'skimmer-cdn.example\nfine.example\n';
  const update = await run(['feeds', 'update', '--config', configPath, '--json']);
  assert.equal(update.code, 0, update.stderr);
  const lines = update.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; active: number });
  assert.deepEqual(lines.map((line) => [line.id, line.active]), [['local-blocklist', 2], ['local-file', 1]]);

  const check = await run(['check', '--config', configPath, '--json', 'https://js.skimmer-cdn.example/loader.js', 'https://cdn.fine.example/app.js', 'exact-host.example', 'sub.exact-host.example']);
  assert.equal(check.code, 1);
  const results = check.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(results.map((result) => [result.input, result.domain_reported_malicious]), [
    ['https://js.skimmer-cdn.example/loader.js', true], ['https://cdn.fine.example/app.js', false], ['exact-host.example', true], ['sub.exact-host.example', false],
  ]);
  assert.deepEqual(results[0]?.malicious_domain_categories, ['Security threats', 'Spyware']);
  assert.deepEqual(results[0]?.matches, [{ feed: 'local-blocklist', kind: 'domain', indicator: 'skimmer-cdn.example' }]);

  const clean = await run(['check', '--config', configPath, 'https://www.example.org/']);
  assert.equal(clean.code, 0);
  assert.match(clean.stdout, /^ok {9}https:\/\/www\.example\.org\//);
});

test('a domain the feed stops listing is cleared at the next update; targets stream from standard input', async () => {
  feedBody = 'fine.example\n';
  const update = await run(['feeds', 'update', '--config', configPath, '--force']);
  assert.equal(update.code, 0, update.stderr);
  assert.match(update.stdout, /local-blocklist .* 1 active.*\+0 -1 ~0/);
  const check = await run(['check', '--config', configPath, '--json', '-'], ['https://js.skimmer-cdn.example/loader.js', '', 'exact-host.example']);
  assert.deepEqual(check.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { domain_reported_malicious: boolean }).domain_reported_malicious), [false, true]);
});

test('a damaged or truncated index file is rebuilt from the feed states, not misread', async () => {
  const indexPath = join(dir, DEFAULT_STATE_DIR, 'index.bin');
  const good = readFileSync(indexPath);
  for (const damaged of [good.subarray(0, good.length - 8), Buffer.from(good.map((byte, i) => (i === good.length - 5 ? byte ^ 0xff : byte)))]) {
    writeFileSync(indexPath, damaged);
    const check = await run(['check', '--config', configPath, '--json', '--feeds-only', 'exact-host.example', 'fine.example']);
    assert.deepEqual(check.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { domain_reported_malicious: boolean }).domain_reported_malicious), [true, true]);
    assert.deepEqual(readFileSync(indexPath), good, 'the rebuilt index is written back');
  }
});

test('feeds list shows the state; a configuration mistake names the key and exits 2', async () => {
  const list = await run(['feeds', 'list', '--config', configPath, '--json']);
  assert.equal(list.code, 0);
  assert.ok(list.stdout.includes('"id":"local-blocklist"'));
  const badConfig = join(dir, 'bad.json');
  writeFileSync(badConfig, JSON.stringify({ feeds: [{ id: 'x', format: 'urlhaus-xml', url: 'https://feed.example/' }] }));
  const bad = await run(['feeds', 'update', '--config', badConfig]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /feeds\[0\]\.format: must be one of the feed formats, got "urlhaus-xml"/);
  const missing = await run(['check', '--config', join(dir, 'nope.json'), 'a.example']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read the configuration file/);
});

test('check reports look-alikes and generated names with no feed listing them; --feeds-only turns that off', async () => {
  const checked = await run(['check', '--config', configPath, '--json', 'https://www.googletagmanager.cc/gtm.js', 'https://www.googletagmanager.com/gtm.js', 'xkqzvbwpltrmhgsd.com']);
  const results = checked.stdout.trim().split('\n').map((line) => JSON.parse(line) as { domain_reported_malicious: boolean; malicious_domain_categories: string[] });
  assert.deepEqual(results.map((result) => result.malicious_domain_categories), [['Typosquatting & Impersonation'], [], ['DGA domain']]);
  assert.equal(checked.code, 1);
  const feedsOnly = await run(['check', '--config', configPath, '--feeds-only', 'https://www.googletagmanager.cc/gtm.js']);
  assert.equal(feedsOnly.code, 0);
});
