/**
 * CSP reports exactly as Chromium sent them (test/fixtures/csp/, recorded by scripts/capture-csp-reports.ts): one
 * checkout page, served over https from 127.0.0.1:8443 with a report-only policy blocking every script and
 * connection, loads a script URL, inline code, an onclick attribute, eval, a data: and a blob: script, and its
 * widget.js sends to 127.0.0.2:8444 by fetch, XMLHttpRequest, sendBeacon and WebSocket (and an image, which the
 * policy does not cover). The same violations must come out of both formats, with nothing dropped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCspReports, type CspObservation, type DropReason, type SiteSettings } from '../../src/collect/csp/parse.ts';

interface Fixture {
  browser: string;
  reports: { contentType: string; body: string }[];
}

const load = (name: string): Fixture => JSON.parse(readFileSync(new URL(`../fixtures/csp/${name}`, import.meta.url), 'utf8')) as Fixture;
const legacy = load('chromium-legacy.json');
const reportingApi = load('chromium-reporting-api.json');

const site: SiteSettings = { hostnames: ['127.0.0.1'], useConnectionUrlPath: false };
const SHOP = 'https://127.0.0.1:8443';
const WIDGET = `${SHOP}/static/widget.js`;

function parseAll(fixture: Fixture, settings: SiteSettings): { observations: CspObservation[]; dropped: Partial<Record<DropReason, number>> } {
  const observations: CspObservation[] = [];
  const dropped: Partial<Record<DropReason, number>> = {};
  for (const { contentType, body } of fixture.reports) {
    const parsed = parseCspReports(contentType, body, settings);
    observations.push(...parsed.observations);
    for (const [reason, count] of Object.entries(parsed.dropped) as [DropReason, number][]) dropped[reason] = (dropped[reason] ?? 0) + count;
  }
  return { observations, dropped };
}

/** What is kept of one observation, as one comparable line: kind, resource, directive, initiator, sample. */
const summary = (seen: CspObservation): string => {
  const initiator = seen.initiator === null ? '-' : `${seen.initiator.url}:${seen.initiator.line ?? '?'}:${seen.initiator.column ?? '?'}`;
  return [seen.kind, seen.resource, seen.directive, initiator, seen.sample ?? '-'].join(' | ');
};

/**
 * Every violation of one page load, whichever format carried it. Inline code, eval, data: and blob: are charged to
 * the page itself (Chromium names the page, without its query, as their source file); the onclick attribute is
 * reported twice, once with its position and once without any.
 */
function expectedSummaries(pagePath: string, connection: (via: string) => string): string[] {
  const page = `${SHOP}${pagePath}`;
  return [
    `script | ${WIDGET} | script-src-elem | - | -`,
    `script | inline | script-src-elem | ${page}:7:9 | window.ran = { inline: true };\neval('win`,
    `script | eval | script-src | ${page}:9:1 | window.ran.eval = "eval ran"`,
    `script | data: | script-src-elem | ${page}:12:15 | -`,
    `script | blob: | script-src-elem | ${page}:15:15 | -`,
    'script | inline | script-src-attr | - | window.ran.attribute = true',
    `script | inline | script-src-attr | ${page}:19:56 | window.ran.attribute = true`,
    `connection | ${connection('fetch')} | connect-src | ${WIDGET}:2:9 | -`,
    `connection | ${connection('xhr')} | connect-src | ${WIDGET}:5:7 | -`,
    `connection | ${connection('beacon')} | connect-src | ${WIDGET}:6:13 | -`,
    `connection | ${connection('websocket')} | connect-src | ${WIDGET}:7:18 | -`,
  ].sort();
}
const byHost = (): string => '127.0.0.2';
const byUrlPath = (via: string): string => (via === 'websocket' ? 'wss://127.0.0.2:8444/collect' : 'https://127.0.0.2:8444/collect');

const pagesOf = (observations: CspObservation[]): Set<string> => new Set(observations.map((seen) => seen.pageUrl));
const observationsOf = (observations: CspObservation[], pageUrl: string): string[] =>
  observations.filter((seen) => seen.pageUrl === pageUrl).map(summary).sort();

test('the fixtures are Chromium\'s, each format under its own content type', () => {
  assert.match(legacy.browser, /^Chromium \d+\./);
  assert.equal(reportingApi.browser, legacy.browser);
  assert.deepEqual([...new Set(legacy.reports.map((report) => report.contentType))], ['application/csp-report']);
  assert.deepEqual([...new Set(reportingApi.reports.map((report) => report.contentType))], ['application/reports+json']);
  // the image is img-src, which the policy leaves open: no report names it
  for (const { body } of [...legacy.reports, ...reportingApi.reports]) assert.doesNotMatch(body, /via=image/);
});

test('legacy report-uri bodies: every script and connection, the page without its query, nothing dropped', () => {
  const { observations, dropped } = parseAll(legacy, site);
  assert.deepEqual(dropped, {});
  assert.deepEqual([...pagesOf(observations)], [`${SHOP}/checkout`]);
  assert.deepEqual(observations.map(summary).sort(), expectedSummaries('/checkout', byHost));
  assert.ok(observations.every((seen) => seen.disposition === 'report'));
  assert.deepEqual(observations.filter((seen) => seen.keyword).map((seen) => seen.resource).sort(), ['blob:', 'data:', 'eval', 'inline', 'inline', 'inline']);
  // the fields the parser does not read are kept, under Chromium's names
  assert.deepEqual(Object.keys(observations[0]?.extra ?? {}).sort(), ['original-policy', 'referrer', 'status-code']);
});

test('Reporting API batches: the same violations for the report-to page and for the page with both directives', () => {
  const { observations, dropped } = parseAll(reportingApi, site);
  assert.deepEqual(dropped, {});
  for (const path of ['/checkout-reporting-api', '/checkout-both']) {
    assert.deepEqual(observationsOf(observations, `${SHOP}${path}`), expectedSummaries(path, byHost), path);
  }
  assert.equal(observations.length, 22);
  assert.ok(observations.every((seen) => seen.disposition === 'report'));
  assert.deepEqual(Object.keys(observations[0]?.extra ?? {}).sort(), ['originalPolicy', 'referrer', 'statusCode']);
});

test('a policy with both report-uri and report-to is reported through report-to only', () => {
  assert.equal(pagesOf(parseAll(legacy, site).observations).has(`${SHOP}/checkout-both`), false);
  assert.equal(pagesOf(parseAll(reportingApi, site).observations).has(`${SHOP}/checkout-both`), true);
});

test('with use_connection_url_path, connections keep scheme, port and path but never the query', () => {
  const withPath = { ...site, useConnectionUrlPath: true };
  assert.deepEqual(parseAll(legacy, withPath).observations.map(summary).sort(), expectedSummaries('/checkout', byUrlPath));
  const fromBatches = parseAll(reportingApi, withPath).observations;
  assert.deepEqual(observationsOf(fromBatches, `${SHOP}/checkout-reporting-api`), expectedSummaries('/checkout-reporting-api', byUrlPath));
  assert.ok(fromBatches.every((seen) => !seen.resource.includes('4111')));
});

test('reports from pages of another site are dropped, each counted, in batches as in single reports', () => {
  const otherSite: SiteSettings = { hostnames: ['shop.example'], useConnectionUrlPath: false };
  assert.deepEqual(parseAll(legacy, otherSite), { observations: [], dropped: { page_not_on_site: 11 } });
  assert.deepEqual(parseAll(reportingApi, otherSite), { observations: [], dropped: { page_not_on_site: 22 } });
});
