/** `skimguard header`: formats, where the public URL comes from, and the usage errors, with a fake store and fake I/O. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerCommand, headerUsage } from '../../src/cli/commands/header.ts';
import { UsageError, type CommandIo } from '../../src/cli/io.ts';
import { deploySnippets, reportOnlyHeaders } from '../../src/collect/header.ts';
import type { Site } from '../../src/store/types.ts';

function site(id: string, samplingRate: number): Site {
  return {
    id, name: id, hostnames: [`${id}.example`], useConnectionUrlPath: false, keepPageQuery: false, samplingRate,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const SITES = new Map([['shop', site('shop', 1)], ['busy', site('busy', 0.25)]]);

async function run(args: string[], publicUrl?: string): Promise<{ code: number; stdout: string; stderr: string; lookedUp: string[] }> {
  let stdout = '';
  let stderr = '';
  const lookedUp: string[] = [];
  const io: CommandIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, progress: () => {}, isTty: false };
  const code = await headerCommand(args, io, {
    getSite: async (id) => { lookedUp.push(id); return SITES.get(id); },
    publicUrl,
  });
  return { code, stdout, stderr, lookedUp };
}

const usageError = (message: RegExp) => (error: unknown): boolean => {
  assert.ok(error instanceof UsageError, String(error));
  assert.match(error.message, message);
  return true;
};

const MONITOR = 'https://monitor.example';
const csp = (endpoint: string): string => `script-src 'none' 'report-sample'; connect-src 'none'; report-uri ${endpoint}; report-to skimguard`;

test('default format: the two header lines, nothing else', async () => {
  const result = await run(['--site', 'shop', '--public-url', `${MONITOR}/`]);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, `Content-Security-Policy-Report-Only: ${csp('https://monitor.example/reports/shop')}\n`
    + 'Reporting-Endpoints: skimguard="https://monitor.example/reports/shop"\n');
  assert.equal(result.stderr, '');
});

test('a sampled site: the same two lines on stdout, and a reminder on stderr that the sampling is the deployer\'s', async () => {
  const result = await run(['--site', 'busy'], MONITOR);
  assert.equal(result.code, 0);
  assert.equal(result.stdout.split('\n').length, 3);
  assert.match(result.stderr, /"busy" samples 25% of page views.*--format nginx, express or worker/);
});

test('--public-url overrides the configured public_url; without the flag the configured one is used', async () => {
  const flag = await run(['--site', 'shop', '--public-url', 'https://other.example/sg'], MONITOR);
  assert.match(flag.stdout, /report-uri https:\/\/other\.example\/sg\/reports\/shop;/);
  const configured = await run(['--site', 'shop'], MONITOR);
  assert.match(configured.stdout, /report-uri https:\/\/monitor\.example\/reports\/shop;/);
});

test('no public URL anywhere is a usage error that says where to give one', async () => {
  await assert.rejects(run(['--site', 'shop']), usageError(/pass --public-url URL or set public_url in the configuration/));
  await assert.rejects(run(['--site', 'shop'], ''), usageError(/--public-url/));
});

test('a bad public URL is a usage error naming where it came from, before the store is asked', async () => {
  let lookedUp = false;
  const io: CommandIo = { stdout: () => {}, stderr: () => {}, progress: () => {}, isTty: false };
  const deps = { getSite: async () => { lookedUp = true; return SITES.get('shop'); } };
  await assert.rejects(headerCommand(['--site', 'shop', '--public-url', 'http://monitor.example'], io, { ...deps, publicUrl: undefined }),
    usageError(/must use https: browsers do not send CSP reports.*\(--public-url\)$/));
  await assert.rejects(headerCommand(['--site', 'shop'], io, { ...deps, publicUrl: 'monitor.example' }),
    usageError(/not an absolute URL.*\(public_url in the configuration\)$/));
  await assert.rejects(headerCommand(['--site', 'bad id'], io, { ...deps, publicUrl: MONITOR }), usageError(/site id "bad id" may only contain/));
  assert.equal(lookedUp, false);
});

test('--site is required; an unknown site is named on stderr with exit code 2', async () => {
  await assert.rejects(run([], MONITOR), usageError(/--site ID/));
  await assert.rejects(run(['--site', ''], MONITOR), usageError(/--site ID/));
  const unknown = await run(['--site', 'nosuch'], MONITOR);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stdout, '');
  assert.equal(unknown.stderr, 'skimguard: unknown site "nosuch"\n');
  assert.deepEqual(unknown.lookedUp, ['nosuch']);
});

test('--format nginx, express and worker print that snippet as deploySnippets builds it', async () => {
  const snippets = deploySnippets(site('busy', 0.25), MONITOR);
  const expected = { nginx: snippets.nginx, express: snippets.express, worker: snippets.cloudflareWorker };
  for (const [format, text] of Object.entries(expected)) {
    const result = await run(['--site', 'busy', '--format', format], MONITOR);
    assert.equal(result.code, 0, format);
    assert.equal(result.stdout, text, format);
    assert.equal(result.stderr, '', format);
  }
});

test('--format all: the headers and the three snippets, each under its title', async () => {
  const result = await run(['--site', 'busy', '--format', 'all'], MONITOR);
  assert.equal(result.code, 0);
  const snippets = deploySnippets(site('busy', 0.25), MONITOR);
  const headers = reportOnlyHeaders({ id: 'busy' }, MONITOR).map((header) => `${header.name}: ${header.value}\n`).join('');
  assert.equal(result.stdout, `=== Headers ===\n${headers}\n=== nginx ===\n${snippets.nginx}\n=== Express ===\n${snippets.express}\n`
    + `=== Cloudflare Worker ===\n${snippets.cloudflareWorker}`);
});

test('an unknown --format or option is a usage error', async () => {
  await assert.rejects(run(['--site', 'shop', '--format', 'apache'], MONITOR), usageError(/--format must be one of headers, nginx, express, worker, all/));
  await assert.rejects(run(['--site', 'shop', '--colour'], MONITOR), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
});

test('--json: one object with the site, the headers and every snippet', async () => {
  const result = await run(['--site', 'busy', '--json', '--format', 'nginx'], MONITOR);
  assert.equal(result.code, 0);
  assert.equal(result.stdout.trim().split('\n').length, 1);
  const snippets = deploySnippets(site('busy', 0.25), MONITOR);
  assert.deepEqual(JSON.parse(result.stdout), {
    site: 'busy',
    headers: reportOnlyHeaders({ id: 'busy' }, MONITOR),
    snippets: { nginx: snippets.nginx, express: snippets.express, worker: snippets.cloudflareWorker },
  });
  assert.equal(result.stderr, '');
});

test('--help prints the usage', async () => {
  const result = await run(['--help']);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, `${headerUsage}\n`);
});
