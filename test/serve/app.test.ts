/** The service through inject(): sites, reports in both formats, the inventory with its filters, errors, auth. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField } from '../../src/serve/routes/inventory.ts';
import { auth, legacyReport, startService, type Service } from './harness.ts';

const scriptReport = (script: string, page = 'https://shop.example/checkout?email=a%40b.example'): string => legacyReport({
  'document-uri': page, 'violated-directive': 'script-src-elem', 'effective-directive': 'script-src-elem', 'blocked-uri': script, disposition: 'report',
});

describe('service (inject)', () => {
  let service: Service;
  before(async () => {
    service = await startService();
    const created = await service.app.inject({ method: 'POST', url: '/api/v1/sites', headers: auth, payload: { id: 'shop', name: 'Shop', hostnames: ['Shop.example', '*.shop.example'] } });
    assert.equal(created.statusCode, 201, created.body);
  });
  after(() => service.close());

  test('a legacy report and a Reporting API batch land in the inventory after a batch write', async () => {
    const legacy = await service.app.inject({ method: 'POST', url: '/reports/shop', headers: { 'content-type': 'application/csp-report' }, payload: scriptReport('https://cdn.vendor.example/widget.js') });
    assert.equal(legacy.statusCode, 204);
    assert.equal(legacy.headers['access-control-allow-origin'], '*');
    const batch = JSON.stringify([
      { type: 'csp-violation', age: 1, url: 'https://shop.example/cart', body: { documentURL: 'https://shop.example/cart', blockedURL: 'https://collect.evil.example/g?c=4111', effectiveDirective: 'connect-src', sourceFile: 'https://cdn.vendor.example/widget.js', lineNumber: 3, columnNumber: 9, disposition: 'report' } },
      { type: 'csp-violation', age: 1, url: 'https://shop.example/cart', body: { documentURL: 'https://shop.example/cart', blockedURL: 'https://cdn.vendor.example/widget.js', effectiveDirective: 'script-src-elem', disposition: 'report' } },
    ]);
    const modern = await service.app.inject({ method: 'POST', url: '/reports/shop', headers: { 'content-type': 'application/reports+json' }, payload: batch });
    assert.equal(modern.statusCode, 204);
    await service.ingestor.flush();
    const scripts = await service.app.inject({ url: '/api/v1/sites/shop/scripts', headers: auth });
    const body = scripts.json();
    assert.equal(body.success, true);
    assert.deepEqual(body.result_info, { page: 1, per_page: 25, count: 1, total_count: 1, total_pages: 1 });
    const [script] = body.result;
    assert.deepEqual([script.url, script.host, script.report_count, script.first_page_url, script.page_urls, script.status],
      ['https://cdn.vendor.example/widget.js', 'cdn.vendor.example', 2, 'https://shop.example/checkout', ['https://shop.example/cart', 'https://shop.example/checkout'], 'infrequent']);
    const connections = (await service.app.inject({ url: '/api/v1/sites/shop/connections', headers: auth })).json();
    assert.deepEqual([connections.result[0].url, connections.result[0].initiator_script_ids], ['collect.evil.example', [script.id]]);
    const one = await service.app.inject({ url: `/api/v1/sites/shop/scripts/${script.id}`, headers: auth });
    assert.deepEqual(one.json().result, script);
    const stats = (await service.app.inject({ url: '/api/v1/sites/shop/report_stats', headers: auth })).json();
    assert.deepEqual(stats.result, { accepted: 3, dropped: {} });
  });

  test('drops are counted by reason: unknown site, malformed body, extension, other page, oversize body', async () => {
    const post = (url: string, payload: string, type = 'application/csp-report') => service.app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload });
    assert.equal((await post('/reports/nosuch', scriptReport('https://a.example/x.js'))).statusCode, 404);
    assert.equal((await post('/reports/shop', '{"csp-report": ')).statusCode, 400);
    assert.equal((await post('/reports/shop', scriptReport('chrome-extension://abc/inject.js'))).statusCode, 204);
    assert.equal((await post('/reports/shop', scriptReport('https://a.example/x.js', 'https://elsewhere.example/'))).statusCode, 204);
    assert.equal((await post('/reports/shop', 'x'.repeat(64 * 1024 + 1))).statusCode, 413);
    assert.equal((await post('/reports/shop', scriptReport('https://a.example/x.js'), 'text/plain')).statusCode, 204);
    await service.ingestor.flush();
    const stats = (await service.app.inject({ url: '/api/v1/sites/shop/report_stats', headers: auth })).json().result;
    assert.deepEqual(stats.dropped, { browser_extension: 1, malformed_body: 1, oversize_body: 1, page_not_on_site: 1, unsupported_content_type: 1 });
    assert.deepEqual((await service.app.inject({ url: '/api/v1/report_stats', headers: auth })).json().result, { accepted: 0, dropped: { unknown_site: 1 } });
    const metrics = await service.app.inject({ url: '/metrics', headers: auth });
    assert.match(metrics.body, /skimguard_reports_total\{site="shop",outcome="oversize_body"\} 1/);
    assert.match(metrics.body, /skimguard_reports_total\{site="",outcome="unknown_site"\} 1/);
  });

  test('the Reporting API preflight is answered for any origin', async () => {
    const preflight = await service.app.inject({ method: 'OPTIONS', url: '/reports/shop', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal(preflight.headers['access-control-allow-headers'], 'content-type');
  });

  test('the API needs the bearer token; reports, health and the spec do not', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: 'Basic abc' }]) {
      const response = await service.app.inject({ url: '/api/v1/sites', headers });
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json().errors.map((error: { code: string }) => error.code), ['SG_UNAUTHORIZED']);
    }
    assert.equal((await service.app.inject({ url: '/metrics' })).statusCode, 401);
    assert.equal((await service.app.inject({ url: '/healthz' })).statusCode, 200);
    assert.equal((await service.app.inject({ url: '/readyz' })).statusCode, 200);
    const spec = (await service.app.inject({ url: '/openapi.json' })).json();
    assert.ok(spec.paths['/api/v1/sites/{site}/scripts'].get.parameters.some((parameter: { name: string }) => parameter.name === 'prioritize_malicious'));
    assert.ok(spec.paths['/reports/{site}'].post);
  });

  test('coded errors: validation, not found, conflict', async () => {
    const bad = await service.app.inject({ method: 'POST', url: '/api/v1/sites', headers: auth, payload: { id: 'a/b', name: 'x', hostnames: ['x.example'] } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].code, 'SG_VALIDATION');
    assert.match(bad.json().errors[0].message, /id/);
    const noHosts = await service.app.inject({ method: 'POST', url: '/api/v1/sites', headers: auth, payload: { id: 'b', name: 'x', hostnames: [] } });
    assert.equal(noHosts.statusCode, 400);
    const dup = await service.app.inject({ method: 'POST', url: '/api/v1/sites', headers: auth, payload: { id: 'shop', name: 'x', hostnames: ['x.example'] } });
    assert.deepEqual([dup.statusCode, dup.json().errors[0].code], [409, 'SG_CONFLICT']);
    const missing = await service.app.inject({ url: '/api/v1/sites/nope/scripts', headers: auth });
    assert.deepEqual([missing.statusCode, missing.json().errors[0].code, missing.json().errors[0].message], [404, 'SG_NOT_FOUND', 'no site "nope"']);
    const badStatus = await service.app.inject({ url: '/api/v1/sites/shop/scripts?status=gone', headers: auth });
    assert.deepEqual([badStatus.statusCode, badStatus.json().errors[0].code], [400, 'SG_VALIDATION']);
    const badPage = await service.app.inject({ url: '/api/v1/sites/shop/scripts?per_page=5000', headers: auth });
    assert.equal(badPage.statusCode, 400);
    const noRoute = await service.app.inject({ url: '/api/v1/nothing', headers: auth });
    assert.deepEqual([noRoute.statusCode, noRoute.json().success], [404, false]);
  });

  test('settings: use_connection_url_path switches connections from hosts to URLs', async () => {
    const put = await service.app.inject({ method: 'PUT', url: '/api/v1/sites/shop/settings', headers: auth, payload: { use_connection_url_path: true } });
    assert.equal(put.json().result.use_connection_url_path, true);
    assert.equal((await service.app.inject({ url: '/api/v1/sites/shop/settings', headers: auth })).json().result.use_connection_url_path, true);
    const report = legacyReport({ 'document-uri': 'https://shop.example/', 'effective-directive': 'connect-src', 'violated-directive': 'connect-src', 'blocked-uri': 'https://beacon.example/c/collect?x=1' });
    await service.app.inject({ method: 'POST', url: '/reports/shop', headers: { 'content-type': 'application/csp-report' }, payload: report });
    await service.ingestor.flush();
    const found = (await service.app.inject({ url: '/api/v1/sites/shop/connections?urls=beacon', headers: auth })).json().result;
    assert.deepEqual(found.map((item: { url: string; host: string }) => [item.url, item.host]), [['https://beacon.example/c/collect', 'beacon.example']]);
  });

  test('CSV export: every row, with formula-looking values defused', async () => {
    await service.app.inject({ method: 'POST', url: '/reports/shop', headers: { 'content-type': 'application/csp-report' }, payload: scriptReport('https://x.example/a,"b".js') });
    await service.ingestor.flush();
    const csv = await service.app.inject({ url: '/api/v1/sites/shop/scripts?export=csv&urls=x.example', headers: auth });
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines[0]?.split(',')[1], 'url');
    // The parser percent-encodes the quotes as a URL; the comma is quoted for CSV.
    assert.ok(lines[1]?.includes(',"https://x.example/a,%22b%22.js",'), lines[1]);
  });

  test('CSV fields: quotes doubled, lists joined, formulas defused', () => {
    assert.deepEqual(
      ['=HYPERLINK("http://evil.example")', '+1', '@SUM(A1)', 'plain', 'a"b', ['x', 'y'], null, 7, false].map(csvField),
      ['"\'=HYPERLINK(""http://evil.example"")"', "'+1", "'@SUM(A1)", 'plain', '"a""b"', 'x y', '', '7', 'false'],
    );
  });
});
