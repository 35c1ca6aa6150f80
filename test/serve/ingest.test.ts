/** Ingestion beyond the happy path: replay after a lost process, a database that fails, rate limits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportIngestor } from '../../src/collect/ingest.ts';
import { lineOf } from '../../src/collect/journal.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/types.ts';
import { legacyReport, startService } from './harness.ts';

const report = (script: string): string => legacyReport({ 'document-uri': 'https://shop.example/', 'effective-directive': 'script-src-elem', 'blocked-uri': script });

async function withStore(run: (store: Store, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-ingest-'));
  const store = openSqliteStore(join(dir, 'db.sqlite'));
  await store.migrate();
  await store.createSite({ id: 'shop', name: 'Shop', hostnames: ['shop.example'] });
  try {
    await run(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('reports acknowledged but never written are replayed by the next ingestor on the same journal, once', async () => {
  await withStore(async (store, dir) => {
    const options = { store, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000 };
    const first = new ReportIngestor(options);
    await first.start();
    for (let i = 0; i < 5; i += 1) assert.equal((await first.receive('shop', 'application/csp-report', report(`https://cdn.example/${i}.js`))).status, 204);
    await first.flush();
    for (let i = 5; i < 8; i += 1) await first.receive('shop', 'application/csp-report', report(`https://cdn.example/${i}.js`));
    // The first ingestor is abandoned here, as a killed process would be: three reports are only in its journal.
    const second = new ReportIngestor(options);
    assert.deepEqual(await second.start(), { replayedLines: 3, damagedLines: 0 });
    assert.equal((await store.listResources('shop', 'script', {})).total, 8);
    assert.deepEqual(await store.reportCounts('shop'), { accepted: 8 });
    await second.stop();
    const third = new ReportIngestor(options);
    assert.deepEqual(await third.start(), { replayedLines: 0, damagedLines: 0 }, 'nothing is replayed twice');
    await third.stop();
    assert.deepEqual(await store.reportCounts('shop'), { accepted: 8 });
  });
});

test('a failing database write keeps the reports and the next write carries them; the error is visible meanwhile (for /readyz)', async () => {
  await withStore(async (store, dir) => {
    let failures = 1;
    const flaky = new Proxy(store, {
      get(target, property) {
        if (property === 'applyBatch') return (batch: Parameters<Store['applyBatch']>[0]) => (failures-- > 0 ? Promise.reject(new Error('disk full')) : target.applyBatch(batch));
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const seen: unknown[] = [];
    const ingestor = new ReportIngestor({ store: flaky, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000, onFlush: (error) => seen.push(error) });
    await ingestor.start();
    await ingestor.receive('shop', 'application/csp-report', report('https://cdn.example/a.js'));
    await assert.rejects(ingestor.flush(), /disk full/);
    assert.match(String(ingestor.lastFlushError), /disk full/);
    await ingestor.receive('shop', 'application/csp-report', report('https://cdn.example/a.js'));
    await ingestor.flush();
    assert.equal(ingestor.lastFlushError, null);
    assert.equal((await store.listResources('shop', 'script', {})).items[0]?.report_count, 2);
    assert.deepEqual(seen.map((error) => (error ? 'error' : 'ok')), ['error', 'ok']);
    await ingestor.stop();
  });
});

test('in a worker thread the pipeline reads the journal and writes through its own connection; 400 only for a body that is not JSON', async () => {
  await withStore(async (store, dir) => {
    const ingestor = new ReportIngestor({ store, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000, pipelineDatabase: join(dir, 'db.sqlite') });
    await ingestor.start();
    // Pretty-printed: spread over lines, which a journal line may not be.
    const spread = JSON.stringify(JSON.parse(report('https://cdn.example/spread.js')), null, 2);
    const statuses = [
      (await ingestor.receive('shop', 'application/csp-report', report('https://cdn.example/a.js'))).status,
      (await ingestor.receive('shop', 'application/csp-report', spread)).status,
      (await ingestor.receive('shop', 'application/csp-report', '{"csp-report": ')).status,
      (await ingestor.receive('shop', 'text/plain', report('https://cdn.example/b.js'))).status,
      (await ingestor.receive('shop', 'application/csp-report', report('chrome-extension://x/y.js'))).status,
    ];
    assert.deepEqual(statuses, [204, 204, 400, 204, 204]);
    await ingestor.flush();
    assert.deepEqual((await store.listResources('shop', 'script', { orderBy: 'url', direction: 'asc' })).items.map((item) => item.url), ['https://cdn.example/a.js', 'https://cdn.example/spread.js']);
    assert.deepEqual(await store.reportCounts('shop'), { accepted: 2, browser_extension: 1, malformed_body: 1, unsupported_content_type: 1 });
    assert.deepEqual(ingestor.countedSoFar().filter((entry) => entry.siteId === 'shop').sort((a, b) => a.counter.localeCompare(b.counter)).map((entry) => `${entry.counter}=${entry.count}`),
      ['accepted=2', 'browser_extension=1', 'malformed_body=1', 'unsupported_content_type=1'], 'what /metrics reads: this thread\'s refusals and the pipeline\'s counts');
    await ingestor.stop();
  });
});

test('journal lines of the format before bodies were journaled (fold records) are still replayed', async () => {
  await withStore(async (store, dir) => {
    mkdirSync(join(dir, 'journal'));
    const old = { s: 'shop', t: Date.parse('2026-11-20T10:00:00.000Z'), o: [{ k: 's', r: 'https://cdn.example/old.js', p: 'https://shop.example/' }], c: { accepted: 1 } };
    writeFileSync(join(dir, 'journal', '000000000004.log'), lineOf(old));
    const ingestor = new ReportIngestor({ store, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000 });
    assert.deepEqual(await ingestor.start(), { replayedLines: 1, damagedLines: 0 });
    const [script] = (await store.listResources('shop', 'script', {})).items;
    assert.deepEqual([script?.url, script?.first_seen_at], ['https://cdn.example/old.js', '2026-11-20T10:00:00.000Z']);
    await ingestor.stop();
  });
});

test('a body acknowledged for a site deleted before its reports are read is counted as to no known site', async () => {
  await withStore(async (store, dir) => {
    const ingestor = new ReportIngestor({ store, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000 });
    await ingestor.start();
    assert.equal((await ingestor.receive('shop', 'application/csp-report', report('https://cdn.example/a.js'))).status, 204);
    ingestor.siteChanged({ id: 'shop', deleted: true });
    await ingestor.flush();
    assert.deepEqual(await store.reportCounts(null), { unknown_site: 1 });
    assert.equal((await store.listResources('shop', 'script', {})).total, 0);
    await ingestor.stop();
  });
});

test('rate limits: per client address, and per site across addresses; refusals are counted', async () => {
  const service = await startService({ rateLimits: { perClientPerMinute: 3, perSitePerMinute: 5 } });
  try {
    await service.store.createSite({ id: 'shop', name: 'Shop', hostnames: ['shop.example'] });
    await service.ingestor.refreshSites();
    const post = (address: string) => service.app.inject({ method: 'POST', url: '/reports/shop', remoteAddress: address, headers: { 'content-type': 'application/csp-report' }, payload: report('https://cdn.example/a.js') });
    const fromOne = [];
    for (let i = 0; i < 4; i += 1) fromOne.push((await post('203.0.113.1')).statusCode);
    assert.deepEqual(fromOne, [204, 204, 204, 429]);
    const fromOthers = [];
    for (let i = 0; i < 3; i += 1) fromOthers.push((await post(`203.0.113.${10 + i}`)).statusCode);
    assert.deepEqual(fromOthers, [204, 204, 429], 'the site allows 5 a minute whoever sends them');
    await service.ingestor.flush();
    assert.deepEqual(await service.store.reportCounts('shop'), { accepted: 5, rate_limited: 2 });
  } finally {
    await service.close();
  }
});
