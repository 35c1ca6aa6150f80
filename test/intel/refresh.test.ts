/**
 * A feed served by a local HTTP server (loopback only): added and removed domains come out as deltas and change what
 * `check` answers; conditional GET, a failed download and a garbage dump keep the last good snapshot.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { refreshFeed, isDue, parseDuration, type FeedConfig, type FeedState } from '../../src/intel/refresh.ts';
import { activeAssertions } from '../../src/intel/state.ts';
import { ThreatIndex } from '../../src/intel/index/threat-index.ts';
import { zipOf } from './zip.ts';

let body = '';
let gzip = false;
let broken = false;
const conditional: string[] = [];
let server: http.Server;
let feedUrl = '';

before(async () => {
  server = http.createServer((request, response) => {
    if (broken) {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>bad gateway</html>');
      return;
    }
    const etag = `"${Buffer.from(body).toString('base64url').slice(0, 16)}-${body.length}"`;
    conditional.push(String(request.headers['if-none-match'] ?? ''));
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain', etag });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blocklist.txt`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const day = (n: number): Date => new Date(Date.UTC(2026, 10, n));

test('feed update from a local server: added, then removed, and check follows', async () => {
  const config: FeedConfig = { id: 'local', format: 'domain-list', url: feedUrl, allowPrivate: true };
  body = 'keep.example\n';
  let outcome = await refreshFeed(config, undefined, { now: day(1) });
  assert.equal(outcome.state.lastError, null);
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator), ['keep.example']);

  body = 'keep.example\nskimmer-cdn.example\n';
  outcome = await refreshFeed(config, outcome.state, { now: day(2) });
  assert.deepEqual(outcome.delta?.added.map((record) => record.indicator), ['skimmer-cdn.example']);
  let index = ThreatIndex.build(activeAssertions(outcome.state.records)).index;
  assert.equal(index.check('https://js.skimmer-cdn.example/a.js').domain_reported_malicious, true);

  body = 'keep.example\n';
  outcome = await refreshFeed(config, outcome.state, { now: day(3) });
  assert.deepEqual(outcome.delta?.removed.map((record) => record.indicator), ['skimmer-cdn.example']);
  index = ThreatIndex.build(activeAssertions(outcome.state.records)).index;
  assert.equal(index.check('https://js.skimmer-cdn.example/a.js').domain_reported_malicious, false);
  assert.equal(index.check('keep.example').domain_reported_malicious, true);
});

test('an unchanged feed is not downloaded again (conditional GET), and its state stays', async () => {
  const config: FeedConfig = { id: 'local', format: 'domain-list', url: feedUrl, allowPrivate: true };
  body = 'same.example\n';
  const first = await refreshFeed(config, undefined, { now: day(1) });
  conditional.length = 0;
  const second = await refreshFeed(config, first.state, { now: day(2) });
  assert.notEqual(conditional[0], '', 'the second request carried If-None-Match');
  assert.equal(second.delta, null);
  assert.deepEqual(second.state.records, first.state.records);
  assert.equal(second.state.lastRefresh, day(2).toISOString());
});

test('a gzip dump is read; a failed download or a garbage dump keeps the last good snapshot', async () => {
  const config: FeedConfig = { id: 'gz', format: 'domain-list', url: feedUrl, allowPrivate: true };
  body = 'zipped.example\n';
  gzip = true;
  const good = await refreshFeed(config, undefined, { now: day(1) });
  gzip = false;
  assert.deepEqual(good.state.records.map((record) => record.indicator), ['zipped.example']);

  broken = true;
  const failed = await refreshFeed(config, good.state, { now: day(2) });
  broken = false;
  assert.match(failed.state.lastError ?? '', /502/);
  assert.deepEqual(failed.state.records, good.state.records);
  assert.equal(failed.delta, null);

  body = '<html><body>maintenance</body></html>\n<p>back soon</p>\n';
  const garbage = await refreshFeed(config, good.state, { now: day(3) });
  assert.match(garbage.state.lastError ?? '', /nothing usable \(2 bad records\)/);
  assert.deepEqual(garbage.state.records, good.state.records);
  assert.equal(garbage.state.badExamples.length, 2);
});

test('a feed URL on a private address is refused unless the feed allows it', async () => {
  const refused = await refreshFeed({ id: 'p', format: 'domain-list', url: feedUrl }, undefined, { now: day(1) });
  assert.match(refused.state.lastError ?? '', /not an allowed \(public\) address/);
  assert.deepEqual(refused.state.records, []);
});

test('local files, unknown formats, refresh intervals', async () => {
  const fromDisk = await refreshFeed({ id: 'f', format: 'hosts', path: '/feeds/hosts' }, undefined, {
    now: day(1), readText: async () => Buffer.from('0.0.0.0 tracker.example\n'),
  });
  assert.deepEqual(fromDisk.state.records.map((record) => `${record.indicator}:${record.subdomains}`), ['tracker.example:false']);
  const unknown = await refreshFeed({ id: 'u', format: 'nope', path: '/x' }, undefined, { now: day(1) });
  assert.match(unknown.state.lastError ?? '', /unknown feed format "nope"/);
  assert.equal(parseDuration('30m'), 1_800_000);
  assert.equal(parseDuration('soon'), null);
  const state = { lastRefresh: day(1).toISOString() } as FeedState;
  assert.equal(isDue({ id: 'x', format: 'hosts', refresh: '1d' }, state, new Date(day(1).getTime() + 3_600_000)), false);
  assert.equal(isDue({ id: 'x', format: 'hosts', refresh: '1d' }, state, day(2)), true);
  assert.equal(isDue({ id: 'x', format: 'hosts' }, undefined, day(2)), true);
});

test('a zip dump (URLhaus csv.zip) read from a local file is unpacked and parsed; an unreadable one keeps the last snapshot', async () => {
  const csv = '# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n"7","2026-11-20 10:00:00","http://evil.example/a.js","online","","malware_download","js","https://urlhaus.abuse.ch/url/7/","x"\n';
  const config: FeedConfig = { id: 'urlhaus', format: 'urlhaus-csv', path: '/feeds/csv.zip' };
  let file = await zipOf({ 'csv.txt': csv });
  let outcome = await refreshFeed(config, undefined, { now: day(1), readText: async () => file });
  assert.equal(outcome.state.lastError, null);
  assert.deepEqual(outcome.delta?.added.map((record) => [record.indicator, record.categories]), [['http://evil.example/a.js', ['Security threats', 'Malware']]]);
  file = Buffer.concat([await zipOf({ 'readme.txt': 'x' }), file]).subarray(0, 200); // cut short
  outcome = await refreshFeed(config, outcome.state, { now: day(2), readText: async () => file });
  assert.match(outcome.state.lastError ?? '', /could not read the feed: the zip dump could not be read/);
  assert.equal(outcome.delta, null);
  assert.equal(outcome.state.records.filter((record) => record.status === 'active').length, 1);
});
