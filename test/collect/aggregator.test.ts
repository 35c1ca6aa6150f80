/** The in-memory fold: one row per resource per batch, widened times, bounded pages, counters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportAggregator, type FoldRecord } from '../../src/collect/aggregator.ts';

const T = Date.parse('2026-11-01T00:00:00.000Z');
const record = (t: number, page: string, extra: Partial<FoldRecord> = {}): FoldRecord => ({
  s: 'shop', t: T + t * 1000, o: [{ k: 's', r: 'https://cdn.example/a.js', p: page }], c: { accepted: 1 }, ...extra,
});

test('reports of one resource fold into one aggregate, times widened whatever the arrival order', () => {
  const aggregator = new ReportAggregator();
  aggregator.add(record(5, 'https://shop.example/b'));
  aggregator.add(record(1, 'https://shop.example/a'));
  aggregator.add(record(9, 'https://shop.example/b'));
  aggregator.add({ s: 'shop', t: T, o: [{ k: 'c', r: 'evil.example', p: 'https://shop.example/a', i: 'https://cdn.example/a.js' }, { k: 's', r: 'inline', w: 1, p: 'https://shop.example/a', m: 'x=1' }], c: { accepted: 2, browser_extension: 1 } });
  const { aggregates, counts } = aggregator.take();
  assert.equal(aggregates.length, 3);
  const script = aggregates.find((a) => a.resource === 'https://cdn.example/a.js');
  assert.deepEqual([script?.reports, script?.firstSeenAt, script?.lastSeenAt, script?.firstPageUrl, script?.pages.map((p) => p.url)],
    [3, '2026-11-01T00:00:01.000Z', '2026-11-01T00:00:09.000Z', 'https://shop.example/a', ['https://shop.example/a', 'https://shop.example/b']]);
  const connection = aggregates.find((a) => a.kind === 'connection');
  assert.deepEqual(connection?.initiatorUrls, ['https://cdn.example/a.js']);
  const inline = aggregates.find((a) => a.resource === 'inline');
  assert.deepEqual([inline?.keyword, inline?.sample], [true, 'x=1']);
  assert.deepEqual(counts.sort((a, b) => a.counter.localeCompare(b.counter)), [{ siteId: 'shop', counter: 'accepted', count: 5 }, { siteId: 'shop', counter: 'browser_extension', count: 1 }]);
  assert.equal(aggregator.isEmpty, true);
});

test('pages are bounded to the newest ten; counters of unknown sites are kept apart', () => {
  const aggregator = new ReportAggregator();
  for (let i = 0; i < 25; i += 1) aggregator.add(record(i, `https://shop.example/p${i}`));
  aggregator.add({ s: null, t: T, o: [], c: { unknown_site: 2 } });
  const { aggregates, counts } = aggregator.take();
  assert.deepEqual(aggregates[0]?.pages.map((p) => p.url), Array.from({ length: 10 }, (_, i) => `https://shop.example/p${i + 15}`));
  assert.deepEqual(counts.find((c) => c.siteId === null), { siteId: null, counter: 'unknown_site', count: 2 });
});

test('a batch that could not be written is folded back into what came after it', () => {
  const aggregator = new ReportAggregator();
  aggregator.add(record(5, 'https://shop.example/b'));
  const failed = aggregator.take();
  aggregator.add(record(7, 'https://shop.example/c'));
  aggregator.restore(failed);
  const { aggregates, counts } = aggregator.take();
  assert.deepEqual([aggregates[0]?.reports, aggregates[0]?.firstSeenAt, aggregates[0]?.firstPageUrl, aggregates[0]?.pages.length], [2, '2026-11-01T00:00:05.000Z', 'https://shop.example/b', 2]);
  assert.deepEqual(counts, [{ siteId: 'shop', counter: 'accepted', count: 2 }]);
});
