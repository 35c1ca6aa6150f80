/**
 * The Store contract: one suite, run against every implementation (sqlite.test.ts, postgres.test.ts), so that
 * moving an installation from SQLite to PostgreSQL changes nothing a user can see.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resourceId } from '../../src/store/rules.ts';
import type { ObservationAggregate, Store } from '../../src/store/types.ts';

const T0 = '2026-11-01T10:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export function aggregate(overrides: Partial<ObservationAggregate> & Pick<ObservationAggregate, 'resource'>): ObservationAggregate {
  return {
    siteId: 'shop', kind: 'script', keyword: false, firstSeenAt: T0, lastSeenAt: T0, reports: 1,
    firstPageUrl: 'https://shop.example/', pages: [{ url: 'https://shop.example/', seenAt: T0 }], initiatorUrls: [], sample: null,
    ...overrides,
  };
}

export function storeContract(name: string, open: () => Promise<Store>, cleanUp: () => Promise<void> = () => Promise.resolve()): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.migrate();
      await store.migrate(); // a second start finds nothing to do
    });
    after(async () => {
      await store.close();
      await cleanUp();
    });
    beforeEach(async () => {
      for (const site of await store.listSites()) await store.deleteSite(site.id);
      await store.createSite({ id: 'shop', name: 'Shop', hostnames: ['shop.example', '*.shop.example'] });
    });

    test('sites: create with defaults, read, list, update, duplicate refused with a code, delete', async () => {
      const site = await store.getSite('shop');
      assert.deepEqual(
        { ...site, createdAt: undefined, updatedAt: undefined },
        { id: 'shop', name: 'Shop', hostnames: ['shop.example', '*.shop.example'], useConnectionUrlPath: false, keepPageQuery: false, samplingRate: 1, createdAt: undefined, updatedAt: undefined },
      );
      await assert.rejects(store.createSite({ id: 'shop', name: 'Again', hostnames: ['x.example'] }), { code: 'SG_CONFLICT' });
      await store.createSite({ id: 'blog', name: 'Blog', hostnames: ['blog.example'], useConnectionUrlPath: true, samplingRate: 0.25 });
      assert.deepEqual((await store.listSites()).map((s) => s.id), ['blog', 'shop']);
      const updated = await store.updateSite('blog', { hostnames: ['blog.example', 'www.blog.example'], keepPageQuery: true });
      assert.deepEqual([updated?.hostnames, updated?.keepPageQuery, updated?.useConnectionUrlPath, updated?.samplingRate], [['blog.example', 'www.blog.example'], true, true, 0.25]);
      assert.equal(await store.updateSite('nope', { name: 'x' }), undefined);
      assert.equal(await store.deleteSite('blog'), true);
      assert.equal(await store.deleteSite('blog'), false);
      assert.equal(await store.getSite('blog'), undefined);
    });

    test('batches fold into one row per resource: counts add up, first/last seen widen, status turns active at 3 reports', async () => {
      const url = 'https://cdn.vendor.example/widget.js';
      await store.applyBatch({ aggregates: [aggregate({ resource: url, firstSeenAt: at(5), lastSeenAt: at(6), reports: 2, firstPageUrl: 'https://shop.example/cart', pages: [{ url: 'https://shop.example/cart', seenAt: at(6) }] })], counts: [] });
      let [script] = (await store.listResources('shop', 'script', {})).items;
      assert.deepEqual([script?.report_count, script?.status, script?.host, script?.id], [2, 'infrequent', 'cdn.vendor.example', resourceId('shop', 'script', url)]);
      // A later batch holding an earlier report (a replayed journal, another worker): first_seen moves back with its page.
      await store.applyBatch({ aggregates: [aggregate({ resource: url, firstSeenAt: at(1), lastSeenAt: at(9), reports: 1, firstPageUrl: 'https://shop.example/', pages: [{ url: 'https://shop.example/', seenAt: at(9) }] })], counts: [] });
      [script] = (await store.listResources('shop', 'script', {})).items;
      assert.deepEqual(
        [script?.report_count, script?.status, script?.first_seen_at, script?.last_seen_at, script?.first_page_url, script?.page_urls],
        [3, 'active', at(1), at(9), 'https://shop.example/', ['https://shop.example/', 'https://shop.example/cart']],
      );
      assert.deepEqual(await store.getResource('shop', 'script', script?.id ?? ''), script);
      assert.equal(await store.getResource('shop', 'connection', script?.id ?? ''), undefined);
    });

    test('only the 10 most recent pages are kept, most recent first', async () => {
      const pages = Array.from({ length: 14 }, (_, i) => ({ url: `https://shop.example/p${i}`, seenAt: at(i) }));
      await store.applyBatch({ aggregates: [aggregate({ resource: 'inline', keyword: true, pages: pages.slice(0, 7), sample: 'var a=1' })], counts: [] });
      await store.applyBatch({ aggregates: [aggregate({ resource: 'inline', keyword: true, pages: pages.slice(7), sample: null })], counts: [] });
      const [script] = (await store.listResources('shop', 'script', {})).items;
      assert.deepEqual(script?.page_urls, pages.slice(4).reverse().map((page) => page.url));
      assert.deepEqual([script?.keyword, script?.host, script?.sample], [true, null, 'var a=1']);
    });

    test('connections name the scripts that made them, by id, once those scripts are in the inventory', async () => {
      const widget = 'https://cdn.vendor.example/widget.js';
      await store.applyBatch({ aggregates: [aggregate({ kind: 'connection', resource: 'collect.evil.example', initiatorUrls: [widget, 'https://gone.example/x.js'] })], counts: [] });
      let [connection] = (await store.listResources('shop', 'connection', {})).items;
      assert.deepEqual([connection?.host, connection?.initiator_script_ids], ['collect.evil.example', []]);
      await store.applyBatch({ aggregates: [aggregate({ resource: widget })], counts: [] });
      [connection] = (await store.listResources('shop', 'connection', {})).items;
      assert.deepEqual(connection?.initiator_script_ids, [resourceId('shop', 'script', widget)]);
      const withPath = aggregate({ kind: 'connection', resource: 'https://collect.evil.example/gate' });
      await store.applyBatch({ aggregates: [withPath], counts: [] });
      assert.equal((await store.listResources('shop', 'connection', { urls: ['/gate'] })).items[0]?.host, 'collect.evil.example');
    });

    test('counters add up per site, reports to unknown sites are kept apart, and aggregates of unknown sites are skipped', async () => {
      await store.applyBatch({ aggregates: [aggregate({ siteId: 'ghost', resource: 'https://x.example/a.js' })], counts: [{ siteId: 'shop', counter: 'accepted', count: 3 }, { siteId: null, counter: 'unknown_site', count: 2 }] });
      await store.applyBatch({ aggregates: [], counts: [{ siteId: 'shop', counter: 'accepted', count: 4 }, { siteId: 'shop', counter: 'browser_extension', count: 1 }] });
      assert.deepEqual(await store.reportCounts('shop'), { accepted: 7, browser_extension: 1 });
      assert.deepEqual(await store.reportCounts(null), { unknown_site: 2 });
      assert.equal((await store.listResources('ghost', 'script', {})).total, 0);
    });

    test('a batch is applied whole or not at all, its journal checkpoint with it', async () => {
      assert.equal(await store.checkpoint('main'), -1);
      await store.applyBatch({ aggregates: [], counts: [], checkpoint: { journal: 'main', segment: 4 } });
      const broken = aggregate({ resource: null as unknown as string }); // violates NOT NULL
      await assert.rejects(store.applyBatch({
        aggregates: [aggregate({ resource: 'https://ok.example/a.js' }), broken], counts: [{ siteId: 'shop', counter: 'accepted', count: 2 }],
        checkpoint: { journal: 'main', segment: 5 },
      }));
      assert.equal(await store.checkpoint('main'), 4);
      assert.deepEqual(await store.reportCounts('shop'), {});
      assert.equal((await store.listResources('shop', 'script', {})).total, 0);
    });

    test('filters: hosts, url patterns, exclusions, page patterns, status; order, direction and pages with a total', async () => {
      const urls = ['https://cdn.vendor.example/a.js', 'https://cdn.vendor.example/b.js', 'https://static.shop.example/app.js', 'https://x.example/100%_sure.js'];
      await store.applyBatch({
        aggregates: urls.map((resource, i) => aggregate({ resource, firstSeenAt: at(i), lastSeenAt: at(10 - i), reports: i + 1, pages: [{ url: i % 2 ? 'https://shop.example/checkout' : 'https://shop.example/blog/post', seenAt: at(i) }] })),
        counts: [],
      });
      const ids = async (query: Parameters<Store['listResources']>[2]): Promise<string[]> => (await store.listResources('shop', 'script', query)).items.map((item) => item.url);
      assert.deepEqual(await ids({ hosts: ['CDN.vendor.example'], orderBy: 'url', direction: 'asc' }), urls.slice(0, 2));
      assert.deepEqual(await ids({ urls: ['app.js', 'https://cdn.*/b.js'], orderBy: 'url', direction: 'asc' }), [urls[1], urls[2]]);
      assert.deepEqual(await ids({ excludeUrls: ['cdn.vendor'], orderBy: 'url', direction: 'asc' }), [urls[2], urls[3]]);
      assert.deepEqual(await ids({ urls: ['100%_'] }), [urls[3]], '% and _ are literal');
      assert.deepEqual(await ids({ urls: ['0%_s'] }), [urls[3]]);
      assert.deepEqual(await ids({ urls: ['a_js'] }), [], '_ is not a wildcard');
      assert.deepEqual(await ids({ pageUrl: 'https://shop.example/checkout', orderBy: 'url', direction: 'asc' }), [urls[1], urls[3]]);
      assert.deepEqual(await ids({ pageUrl: '*/blog/*', orderBy: 'url', direction: 'asc' }), [urls[0], urls[2]]);
      assert.deepEqual(await ids({ pageUrl: 'https://shop.example/' }), [], 'a page pattern without * is the whole page URL');
      assert.deepEqual(await ids({ status: ['active'], orderBy: 'url', direction: 'asc' }), [urls[2], urls[3]]);
      assert.deepEqual(await ids({ status: ['infrequent', 'active'] }).then((list) => list.length), 4);
      assert.deepEqual(await ids({ orderBy: 'first_seen_at', direction: 'desc' }), [...urls].reverse());
      assert.deepEqual(await ids({}), urls, 'default: last seen first');
      const page = await store.listResources('shop', 'script', { orderBy: 'first_seen_at', direction: 'asc', page: 2, perPage: 3 });
      assert.deepEqual([page.total, page.items.map((item) => item.url)], [4, [urls[3]]]);
      assert.deepEqual(await ids({ prioritizeMalicious: true, orderBy: 'url', direction: 'asc' }), urls, 'with no verdicts yet, the order underneath holds');
    });

    test('status rules: infrequent forgotten after 5 quiet days, active turns inactive after 7, forgotten after 30', async () => {
      const day = 86_400_000;
      const now = new Date(Date.parse(T0) + 40 * day);
      const ago = (days: number): string => new Date(now.getTime() - days * day).toISOString();
      const rows = [
        aggregate({ resource: 'https://a.example/rare-recent.js', lastSeenAt: ago(4), reports: 1 }),
        aggregate({ resource: 'https://a.example/rare-old.js', lastSeenAt: ago(6), reports: 2 }),
        aggregate({ resource: 'https://a.example/busy-recent.js', lastSeenAt: ago(6), reports: 3 }),
        aggregate({ resource: 'https://a.example/busy-quiet.js', lastSeenAt: ago(8), reports: 5 }),
        aggregate({ resource: 'https://a.example/busy-gone.js', lastSeenAt: ago(31), reports: 50 }),
      ];
      await store.applyBatch({ aggregates: rows, counts: [] });
      assert.deepEqual(await store.applyStatusRules(now), { activated: 0, inactivated: 1, deleted: 2 });
      const left = (await store.listResources('shop', 'script', { orderBy: 'url', direction: 'asc' })).items.map((item) => [item.url.slice(18), item.status]);
      assert.deepEqual(left, [['busy-quiet.js', 'inactive'], ['busy-recent.js', 'active'], ['rare-recent.js', 'infrequent']]);
      // Reported again, the quiet one is active again.
      await store.applyBatch({ aggregates: [aggregate({ resource: 'https://a.example/busy-quiet.js', firstSeenAt: now.toISOString(), lastSeenAt: now.toISOString() })], counts: [] });
      assert.equal((await store.listResources('shop', 'script', { urls: ['busy-quiet'] })).items[0]?.status, 'active');
      assert.deepEqual(await store.applyStatusRules(now), { activated: 0, inactivated: 0, deleted: 0 });
    });

    test('deleting a site deletes its inventory and counters', async () => {
      await store.applyBatch({ aggregates: [aggregate({ resource: 'https://a.example/x.js' }), aggregate({ kind: 'connection', resource: 'b.example', initiatorUrls: ['https://a.example/x.js'] })], counts: [{ siteId: 'shop', counter: 'accepted', count: 2 }] });
      await store.deleteSite('shop');
      await store.createSite({ id: 'shop', name: 'Shop', hostnames: ['shop.example'] });
      assert.equal((await store.listResources('shop', 'script', {})).total, 0);
      assert.equal((await store.listResources('shop', 'connection', {})).total, 0);
      assert.deepEqual(await store.reportCounts('shop'), {});
    });

    test('API token hashes are stored once', async () => {
      const before = await store.apiTokenHashes();
      await store.addApiTokenHash('ab'.repeat(32), 'first start');
      await store.addApiTokenHash('ab'.repeat(32), 'again');
      assert.deepEqual((await store.apiTokenHashes()).filter((hash) => !before.includes(hash)), ['ab'.repeat(32)]);
    });
  });
}
