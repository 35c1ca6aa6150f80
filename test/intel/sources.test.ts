/**
 * Feeds collected in several requests, served by a local HTTP server (loopback only): a TAXII 2.1 collection polled
 * with added_after and pagination, and a MISP feed walked through its manifest.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { refreshFeed, type FeedConfig, type FeedState } from '../../src/intel/refresh.ts';
import { activeAssertions } from '../../src/intel/state.ts';
import { ThreatIndex } from '../../src/intel/index/threat-index.ts';
import { TAXII_MEDIA_TYPE } from '../../src/intel/sources/taxii.ts';

interface Seen { path: string; query: URLSearchParams; accept: string; authorization: string }
const requests: Seen[] = [];
/** What the server answers, by path (TAXII pages are chosen by the `next` parameter). */
let routes: Record<string, { status?: number; body: unknown; headers?: Record<string, string> }> = {};
let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, query: url.searchParams, accept: String(request.headers.accept ?? ''), authorization: String(request.headers.authorization ?? '') });
    const key = url.searchParams.has('next') ? `${url.pathname}?next=${url.searchParams.get('next')}` : url.pathname;
    const route = routes[key];
    if (!route) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': 'application/json', ...(route.headers ?? {}) });
    response.end(typeof route.body === 'string' ? route.body : JSON.stringify(route.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const day = (n: number): Date => new Date(Date.UTC(2026, 10, n));
const indicator = (id: string, pattern: string, modified: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'indicator', spec_version: '2.1', id, created: '2026-11-01T00:00:00.000Z', modified, pattern, pattern_type: 'stix',
  valid_from: '2026-11-01T00:00:00.000Z', indicator_types: ['malicious-activity'], ...extra,
});
const matches = (state: FeedState, target: string): boolean => {
  const result = ThreatIndex.build(activeAssertions(state.records)).index.check(target);
  return result.domain_reported_malicious || result.url_reported_malicious;
};

test('TAXII 2.1: the first poll pages through the collection; the next asks only for what was added since, and a revocation clears', async () => {
  const collection = `${base}/taxii2/api1/collections/91a7b528-80eb-42ed-a74d-c6fbd5a26116/`;
  const objects = '/taxii2/api1/collections/91a7b528-80eb-42ed-a74d-c6fbd5a26116/objects/';
  const config: FeedConfig = { id: 'taxii', format: 'taxii', url: collection, allowPrivate: true, headers: { Authorization: 'Basic dXNlcjpwYXNz' } };
  routes = {
    [objects]: {
      body: { more: true, next: 'page-2', objects: [
        { type: 'identity', spec_version: '2.1', id: 'identity--1', name: 'CERT' },
        indicator('indicator--a', "[domain-name:value = 'skim-a.example']", '2026-11-02T00:00:00.000Z'),
      ] },
      headers: { 'x-taxii-date-added-last': '2026-11-02T00:00:00.000Z' },
    },
    [`${objects}?next=page-2`]: {
      body: { more: false, objects: [indicator('indicator--b', "[url:value = 'http://drop.example/pay.js']", '2026-11-03T00:00:00.000Z')] },
      headers: { 'x-taxii-date-added-last': '2026-11-03T00:00:00.000Z' },
    },
  };
  requests.length = 0;
  let outcome = await refreshFeed(config, undefined, { now: day(4) });
  assert.equal(outcome.state.lastError, null);
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator).sort(), ['http://drop.example/pay.js', 'skim-a.example']);
  assert.deepEqual(requests.map((seen) => [seen.query.get('added_after'), seen.query.get('next')]), [[null, null], [null, 'page-2']]);
  assert.ok(requests.every((seen) => seen.accept === TAXII_MEDIA_TYPE && seen.authorization === 'Basic dXNlcjpwYXNz'));
  assert.ok(matches(outcome.state, 'https://skim-a.example/x.js'));

  // Second poll: only the revoked version of A comes back; B, not sent again, stays in force.
  routes = {
    [objects]: {
      body: { more: false, objects: [indicator('indicator--a', "[domain-name:value = 'skim-a.example']", '2026-11-05T00:00:00.000Z', { revoked: true })] },
      headers: { 'x-taxii-date-added-last': '2026-11-05T00:00:00.000Z' },
    },
  };
  requests.length = 0;
  outcome = await refreshFeed(config, outcome.state, { now: day(6) });
  assert.deepEqual(requests.map((seen) => seen.query.get('added_after')), ['2026-11-03T00:00:00.000Z']);
  assert.deepEqual(outcome.delta?.removed.map((record) => [record.indicator, record.status]), [['skim-a.example', 'revoked']]);
  assert.equal(matches(outcome.state, 'https://skim-a.example/x.js'), false);
  assert.ok(matches(outcome.state, 'http://drop.example/pay.js'));

  // An older version arriving late does not undo the revocation; a broken page keeps the last snapshot.
  routes = { [objects]: { body: { more: false, objects: [indicator('indicator--a', "[domain-name:value = 'skim-a.example']", '2026-11-02T00:00:00.000Z')] } } };
  outcome = await refreshFeed(config, outcome.state, { now: day(7) });
  assert.equal(matches(outcome.state, 'https://skim-a.example/x.js'), false);
  routes = { [objects]: { body: { more: true, objects: [] } } };
  const broken = await refreshFeed(config, outcome.state, { now: day(8) });
  assert.match(broken.state.lastError ?? '', /says "more" but gives no "next"/);
  assert.ok(matches(broken.state, 'http://drop.example/pay.js'));
  routes = { [objects]: { body: '<html>login</html>' } };
  assert.match((await refreshFeed(config, outcome.state, { now: day(8) })).state.lastError ?? '', /not JSON/);
});

const UUID_1 = '5f0a1c2e-1111-4a3b-9c3d-0123456789ab';
const UUID_2 = '5f0a1c2e-2222-4a3b-9c3d-0123456789ab';
const event = (uuid: string, domain: string): Record<string, unknown> => ({
  Event: { uuid, info: `campaign ${domain}`, date: '2026-11-01', Attribute: [
    { type: 'domain', category: 'Network activity', to_ids: true, value: domain, uuid: `${uuid.slice(0, 30)}aaaaaa` },
    { type: 'url', category: 'External analysis', to_ids: false, value: 'https://sandbox.example/report/1', uuid: `${uuid.slice(0, 30)}bbbbbb` },
  ] },
});

test('MISP feed: the manifest is walked, only changed events are fetched again, and an event gone from it is cleared', async () => {
  const config: FeedConfig = { id: 'misp', format: 'misp-feed', url: `${base}/misp-feed`, allowPrivate: true };
  routes = {
    '/misp-feed/manifest.json': { body: { [UUID_1]: { timestamp: '1700000000', info: 'one' }, [UUID_2]: { timestamp: '1700000000', info: 'two' }, '../../etc/passwd': { timestamp: '1' } } },
    [`/misp-feed/${UUID_1}.json`]: { body: event(UUID_1, 'skim-one.example') },
    [`/misp-feed/${UUID_2}.json`]: { body: event(UUID_2, 'skim-two.example') },
  };
  requests.length = 0;
  let outcome = await refreshFeed(config, undefined, { now: day(2) });
  assert.equal(outcome.state.lastError, null);
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator).sort(), ['skim-one.example', 'skim-two.example']);
  assert.deepEqual(requests.map((seen) => seen.path).sort(), [`/misp-feed/${UUID_1}.json`, `/misp-feed/${UUID_2}.json`, '/misp-feed/manifest.json']);

  // Event 2 leaves the manifest, event 1 changes: one event download, and skim-two.example is cleared.
  routes = {
    '/misp-feed/manifest.json': { body: { [UUID_1]: { timestamp: '1700000500', info: 'one, updated' } } },
    [`/misp-feed/${UUID_1}.json`]: { body: event(UUID_1, 'skim-one-b.example') },
  };
  requests.length = 0;
  outcome = await refreshFeed(config, outcome.state, { now: day(3) });
  assert.deepEqual(requests.map((seen) => seen.path), ['/misp-feed/manifest.json', `/misp-feed/${UUID_1}.json`]);
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator), ['skim-one-b.example']);
  assert.deepEqual(outcome.delta?.removed.map((record) => record.indicator).sort(), ['skim-one.example', 'skim-two.example']);

  // Unchanged manifest: no event is downloaded. An event that fails to download keeps its last version.
  requests.length = 0;
  outcome = await refreshFeed(config, outcome.state, { now: day(4) });
  assert.deepEqual(requests.map((seen) => seen.path), ['/misp-feed/manifest.json']);
  routes['/misp-feed/manifest.json'] = { body: { [UUID_1]: { timestamp: '1700000900' } } };
  delete routes[`/misp-feed/${UUID_1}.json`];
  outcome = await refreshFeed(config, outcome.state, { now: day(5) });
  assert.match(outcome.state.lastNotice ?? '', /1 could not be read/);
  assert.ok(matches(outcome.state, 'skim-one-b.example'));

  // A manifest that is not JSON keeps everything.
  routes['/misp-feed/manifest.json'] = { body: 'Service Unavailable' };
  const broken = await refreshFeed(config, outcome.state, { now: day(6) });
  assert.match(broken.state.lastError ?? '', /manifest\.json could not be read/);
  assert.ok(matches(broken.state, 'skim-one-b.example'));
});

test('MISP feed from a directory on disk', async () => {
  const files: Record<string, unknown> = { 'manifest.json': { [UUID_1]: { timestamp: '1' } }, [`${UUID_1}.json`]: event(UUID_1, 'skim-disk.example') };
  const read: string[] = [];
  const outcome = await refreshFeed({ id: 'misp-disk', format: 'misp-feed', path: '/srv/misp' }, undefined, {
    now: day(2),
    readText: async (path) => {
      read.push(path);
      const name = path.replace('/srv/misp/', '');
      if (!(name in files)) throw new Error(`ENOENT ${path}`);
      return Buffer.from(JSON.stringify(files[name]));
    },
  });
  assert.deepEqual(read, ['/srv/misp/manifest.json', `/srv/misp/${UUID_1}.json`]);
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator), ['skim-disk.example']);
});
