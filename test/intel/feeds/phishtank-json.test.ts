import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import phishtankJson from '../../../src/intel/feeds/phishtank-json.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/phishtank-json/${name}`, import.meta.url), 'utf8');

test('phishtank json: verified records only, Phishing, id (numeric or text), first seen, target tag', () => {
  const result = phishtankJson.parse(fixture('online-valid.json'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'https://secure-login.example/bank/signin.php',
      categories: ['Phishing'],
      id: '8823401',
      firstSeen: '2026-10-31T22:14:05+00:00',
    },
    {
      kind: 'url',
      value: 'https://paypa1-verify.example/webscr?cmd=_login,submit&x=1',
      categories: ['Phishing'],
      id: '8823402',
      firstSeen: '2026-10-31T22:15:40+00:00',
      tags: ['PayPal'],
    },
    {
      kind: 'url',
      value: 'https://xn--80ak6aa92e.example/signin',
      categories: ['Phishing'],
      id: '8823409',
      firstSeen: '2026-10-31T23:44:29+00:00',
      tags: ['Allegro'],
    },
    {
      kind: 'url',
      value: 'http://203.0.113.9/office365/',
      categories: ['Phishing'],
      id: '8823411',
      firstSeen: '2026-11-01T00:10:00+00:00',
      tags: ['Microsoft'],
    },
  ]);
  // Record 3 (verified "no") is skipped without a report.
  assert.equal(result.badCount, 5);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [4, 'not an object'],
      [5, 'missing url'],
      [6, 'not an absolute http(s) URL'],
      [7, 'not an object'],
      [9, 'verified is not yes or no'],
    ],
  );
  assert.equal(result.bad[0]?.text, '"http://stray-string.example/"');
  assert.equal(result.bad[3]?.text, 'null');
});

test('phishtank json: a document that is not JSON, or not an array, is one bad record', () => {
  const truncated = phishtankJson.parse(fixture('online-valid.json').slice(0, 500));
  assert.deepEqual(truncated.indicators, []);
  assert.equal(truncated.badCount, 1);
  assert.deepEqual(truncated.bad.map((item) => [item.line, item.reason]), [[1, 'not JSON']]);
  const html = phishtankJson.parse('<html><body>You have been rate limited</body></html>');
  assert.deepEqual(html.bad.map((item) => item.reason), ['not JSON']);
  assert.equal(html.indicators.length, 0);
  const object = phishtankJson.parse('{"error":"invalid app key"}');
  assert.deepEqual(object.bad.map((item) => [item.line, item.reason]), [[1, 'not a JSON array']]);
  assert.equal(object.indicators.length, 0);
});

test('phishtank json: empty input and an empty array give nothing', () => {
  assert.deepEqual(phishtankJson.parse(''), { indicators: [], badCount: 0, bad: [] });
  assert.deepEqual(phishtankJson.parse('[]'), { indicators: [], badCount: 0, bad: [] });
});
