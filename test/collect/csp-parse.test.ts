/**
 * CSP reports as browsers send them (shapes from the browsers' documentation and the CSP and Reporting API
 * specifications; written here): what is kept, and every drop under its reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCspReports, type SiteSettings } from '../../src/collect/csp/parse.ts';

const site: SiteSettings = { hostnames: ['shop.example', '*.shop.example'], useConnectionUrlPath: false };
const POLICY = "script-src 'none' 'report-sample'; connect-src 'none'; report-uri https://monitor.example/reports/1";
const legacy = (report: Record<string, unknown>): string => JSON.stringify({ 'csp-report': report });

test('Chrome, legacy format: a script URL (fragment dropped), the page without its query, unknown fields kept', () => {
  const { observations, dropped } = parseCspReports('application/csp-report', legacy({
    'document-uri': 'https://shop.example/checkout?email=jane%40mail.example#pay', referrer: '', 'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem', 'original-policy': POLICY, disposition: 'report',
    'blocked-uri': 'https://cdn.vendor.example/widget.js?v=3#x', 'status-code': 200, 'script-sample': '',
  }), site);
  assert.deepEqual(dropped, {});
  assert.equal(observations.length, 1);
  const [seen] = observations;
  assert.equal(seen?.kind, 'script');
  assert.equal(seen?.resource, 'https://cdn.vendor.example/widget.js?v=3');
  assert.equal(seen?.keyword, false);
  assert.equal(seen?.pageUrl, 'https://shop.example/checkout');
  assert.equal(seen?.disposition, 'report');
  assert.deepEqual(seen?.extra, { referrer: '', 'original-policy': POLICY, 'status-code': 200 });
});

test('Firefox, legacy format: no effective-directive; an inline script with its sample and position', () => {
  const { observations } = parseCspReports('application/csp-report', legacy({
    'document-uri': 'https://www.shop.example/', 'violated-directive': 'script-src-elem', 'original-policy': POLICY,
    'blocked-uri': 'inline', 'source-file': 'https://www.shop.example/', 'line-number': 42, 'column-number': 7,
    'script-sample': 'var f=document.forms[0];f.addEventListener("submit",', disposition: 'report',
  }), site);
  assert.equal(observations[0]?.resource, 'inline');
  assert.equal(observations[0]?.keyword, true);
  assert.equal(observations[0]?.sample, 'var f=document.forms[0];f.addEventListener("submit",');
  assert.deepEqual(observations[0]?.initiator, { url: 'https://www.shop.example/', line: 42, column: 7 });
});

test("Safari, legacy format: the whole directive in violated-directive; eval, data: and an older browser's self", () => {
  const body = (blocked: string): string => legacy({ 'document-uri': 'https://shop.example/', 'violated-directive': "script-src 'none' 'report-sample'", 'blocked-uri': blocked });
  assert.deepEqual(['eval', 'data:text/javascript;base64,YWxlcnQoMSk=', 'self', 'blob:https://shop.example/0f3c'].map((blocked) => {
    const [seen] = parseCspReports('application/csp-report; charset=utf-8', body(blocked), site).observations;
    return [seen?.kind, seen?.resource, seen?.directive];
  }), [['script', 'eval', 'script-src'], ['script', 'data:', 'script-src'], ['script', 'https://shop.example/', 'script-src'], ['script', 'blob:', 'script-src']]);
});

test('Reporting API: a batch with a connection and its initiating script, a script, and a report of another type', () => {
  const batch = JSON.stringify([
    { type: 'csp-violation', age: 10, url: 'https://shop.example/cart', user_agent: 'Mozilla/5.0', body: {
      documentURL: 'https://shop.example/cart?session=abc', blockedURL: 'https://collect.evil.example/g?c=4111111111111111', effectiveDirective: 'connect-src',
      originalPolicy: POLICY, sourceFile: 'https://cdn.vendor.example/widget.js', lineNumber: 12, columnNumber: 40, disposition: 'report', statusCode: 200, sample: '',
    } },
    { type: 'csp-violation', age: 12, url: 'https://shop.example/cart', body: {
      documentURL: 'https://shop.example/cart', blockedURL: 'https://cdn.vendor.example/widget.js', effectiveDirective: 'script-src-elem', disposition: 'report',
    } },
    { type: 'deprecation', age: 1, url: 'https://shop.example/cart', body: { id: 'x', message: 'old API' } },
  ]);
  const { observations, dropped } = parseCspReports('application/reports+json', batch, site);
  assert.deepEqual(dropped, { not_a_csp_report: 1 });
  assert.deepEqual(observations.map((seen) => [seen.kind, seen.resource, seen.pageUrl]), [
    ['connection', 'collect.evil.example', 'https://shop.example/cart'], ['script', 'https://cdn.vendor.example/widget.js', 'https://shop.example/cart'],
  ]);
  assert.deepEqual(observations[0]?.initiator, { url: 'https://cdn.vendor.example/widget.js', line: 12, column: 40 });
  assert.deepEqual(observations[0]?.extra, { originalPolicy: POLICY, statusCode: 200 });
  // with the site's use_connection_url_path on, the URL is kept, still without its query (card numbers travel there)
  const withPath = parseCspReports('application/json', batch, { ...site, useConnectionUrlPath: true });
  assert.equal(withPath.observations[0]?.resource, 'https://collect.evil.example/g');
});

test('every report not kept is counted under its reason', () => {
  const page = 'https://shop.example/';
  const cases: [string | undefined, string, string][] = [
    ['application/csp-report', '{"csp-report": {', 'malformed_body'],
    ['application/csp-report', '"just a string"', 'malformed_body'],
    ['text/plain', legacy({ 'document-uri': page, 'violated-directive': 'script-src', 'blocked-uri': 'inline' }), 'unsupported_content_type'],
    [undefined, '{}', 'unsupported_content_type'],
    ['application/csp-report', legacy({ 'violated-directive': 'script-src', 'blocked-uri': 'inline' }), 'missing_page'],
    ['application/csp-report', legacy({ 'document-uri': 'https://evil-copy.example/', 'violated-directive': 'script-src', 'blocked-uri': 'inline' }), 'page_not_on_site'],
    ['application/csp-report', legacy({ 'document-uri': 'https://notshop.example/', 'violated-directive': 'script-src', 'blocked-uri': 'inline' }), 'page_not_on_site'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'script-src-elem', 'blocked-uri': 'chrome-extension://abcdef/inject.js' }), 'browser_extension'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'script-src-elem', 'blocked-uri': 'moz-extension://1234-5678/content.js' }), 'browser_extension'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'connect-src', 'blocked-uri': 'https://x.example/', 'source-file': 'safari-web-extension://ABCD/script.js' }), 'browser_extension'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'img-src', 'blocked-uri': 'https://pixel.example/p.gif' }), 'other_directive'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'script-src', 'blocked-uri': '' }), 'missing_blocked_uri'],
    ['application/csp-report', legacy({ 'document-uri': page, 'violated-directive': 'script-src', 'blocked-uri': 'http://' }), 'bad_blocked_uri'],
    ['application/reports+json', JSON.stringify([{ type: 'csp-violation' }]), 'malformed_body'],
  ];
  for (const [contentType, body, reason] of cases) {
    const { observations, dropped } = parseCspReports(contentType, body, site);
    assert.equal(observations.length, 0, body);
    assert.deepEqual(dropped, { [reason]: 1 }, body);
  }
});

test('a site may keep page queries; a bare-host blocked-uri (older browsers) is read as https', () => {
  const body = legacy({ 'document-uri': 'https://shop.example/p?id=7', 'violated-directive': 'connect-src', 'blocked-uri': 'api.tracker.example' });
  const [seen] = parseCspReports('application/csp-report', body, { ...site, keepPageQuery: true }).observations;
  assert.equal(seen?.pageUrl, 'https://shop.example/p?id=7');
  assert.equal(seen?.resource, 'api.tracker.example');
});

test("the page's query is also dropped from an initiator that is the page itself (inline code), unless the site keeps queries", () => {
  const body = legacy({
    'document-uri': 'https://shop.example/checkout?token=secret', 'effective-directive': 'connect-src', 'blocked-uri': 'https://collect.example/x',
    'source-file': 'https://shop.example/checkout?token=secret', 'line-number': 3,
  });
  assert.equal(parseCspReports('application/csp-report', body, site).observations[0]?.initiator?.url, 'https://shop.example/checkout');
  assert.equal(parseCspReports('application/csp-report', body, { ...site, keepPageQuery: true }).observations[0]?.initiator?.url, 'https://shop.example/checkout?token=secret');
  const script = legacy({
    'document-uri': 'https://shop.example/checkout?token=secret', 'effective-directive': 'connect-src', 'blocked-uri': 'https://collect.example/x',
    'source-file': 'https://cdn.vendor.example/widget.js?v=3',
  });
  assert.equal(parseCspReports('application/csp-report', script, site).observations[0]?.initiator?.url, 'https://cdn.vendor.example/widget.js?v=3', "a script's own query is its version, not personal data");
});
