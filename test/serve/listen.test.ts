/** Chromium's own report bodies (test/fixtures/csp) posted over a real socket to a listening service. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auth, startService } from './harness.ts';

interface Fixture { reports: { contentType: string; body: string }[] }
const fixture = (name: string): Fixture => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/csp', name), 'utf8')) as Fixture;

test('real Chromium bodies in both formats, over HTTP: scripts, connections with their initiator, pages without queries', async () => {
  const service = await startService();
  try {
    await service.store.createSite({ id: 'shop', name: 'Shop', hostnames: ['127.0.0.1'] });
    await service.ingestor.refreshSites();
    const base = await service.app.listen({ port: 0, host: '127.0.0.1' });
    const bodies = [...fixture('chromium-legacy.json').reports, ...fixture('chromium-reporting-api.json').reports];
    for (const { contentType, body } of bodies) {
      const response = await fetch(`${base}/reports/shop`, { method: 'POST', headers: { 'content-type': contentType }, body });
      assert.equal(response.status, 204, body);
    }
    await service.ingestor.flush();
    const get = async (path: string): Promise<{ url: string; page_urls: string[]; initiator_script_ids?: string[]; id: string; sample: string | null }[]> =>
      ((await (await fetch(`${base}${path}`, { headers: auth })).json()) as { result: never[] }).result;
    const scripts = await get('/api/v1/sites/shop/scripts?per_page=100&order_by=url&direction=asc');
    assert.deepEqual(scripts.map((script) => script.url), ['blob:', 'data:', 'eval', 'https://127.0.0.1:8443/static/widget.js', 'inline']);
    assert.ok(scripts.every((script) => script.page_urls.every((page) => !page.includes('?'))));
    assert.match(scripts.find((script) => script.url === 'eval')?.sample ?? '', /\S/);
    const widget = scripts.find((script) => script.url.endsWith('/widget.js'));
    const connections = await get('/api/v1/sites/shop/connections');
    assert.deepEqual(connections.map((connection) => [connection.url, connection.initiator_script_ids]), [['127.0.0.2', [widget?.id]]]);
    const stats = (await (await fetch(`${base}/api/v1/sites/shop/report_stats`, { headers: auth })).json()) as { result: { accepted: number; dropped: object } };
    assert.deepEqual(stats.result.dropped, {});
    assert.ok(stats.result.accepted >= bodies.length);
  } finally {
    await service.close();
  }
});
