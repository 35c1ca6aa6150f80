import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import phishtankCsv from '../../../src/intel/feeds/phishtank-csv.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/phishtank-csv/${name}`, import.meta.url), 'utf8');

const SECURE_LOGIN = {
  kind: 'url',
  value: 'https://secure-login.example/bank/signin.php',
  categories: ['Phishing'],
  id: '8823401',
  firstSeen: '2026-10-31T22:14:05+00:00',
};
const PAYPAL = {
  kind: 'url',
  value: 'https://paypa1-verify.example/webscr?cmd=_login,submit&x=1',
  categories: ['Phishing'],
  id: '8823402',
  firstSeen: '2026-10-31T22:15:40+00:00',
  tags: ['PayPal'],
};

test('phishtank csv: verified rows only, Phishing, id, first seen, target tag; quoted commas and doubled quotes', () => {
  const result = phishtankCsv.parse(fixture('online-valid.csv'));
  assert.deepEqual(result.indicators, [
    // `target` Other names no brand: no tag.
    SECURE_LOGIN,
    PAYPAL,
    {
      kind: 'url',
      value: 'http://quote.test/login.php?msg="session expired"&id=7',
      categories: ['Phishing'],
      id: '8823403',
      firstSeen: '2026-10-31T23:01:17+00:00',
      tags: ['Microsoft'],
    },
    {
      kind: 'url',
      value: 'https://xn--80ak6aa92e.example/signin',
      categories: ['Phishing'],
      id: '8823409',
      firstSeen: '2026-10-31T23:44:29+00:00',
      tags: ['Allegro'],
    },
  ]);
  // Line 5 (verified = no) is skipped without a report.
  assert.equal(result.badCount, 5);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [6, 'not an absolute http(s) URL'],
      [7, 'expected 8 fields, found 9'],
      [8, 'expected 8 fields, found 3'],
      [9, 'verified is not yes or no'],
      [11, 'text after a closing quote'],
    ],
  );
  assert.ok(result.bad[0]?.text.startsWith('8823405,hxxp://defanged.example/login,'));
});

test('phishtank csv: columns are found by header name, in any order, with extra columns', () => {
  const result = phishtankCsv.parse(fixture('reordered.csv'));
  assert.deepEqual(result.indicators, [PAYPAL, SECURE_LOGIN]);
  assert.equal(result.badCount, 0);
});

test('phishtank csv: a header without the required columns gives one bad record and no indicators', () => {
  const result = phishtankCsv.parse(fixture('missing-column.csv'));
  assert.deepEqual(result.indicators, []);
  assert.equal(result.badCount, 1);
  assert.deepEqual(result.bad.map((item) => [item.line, item.reason]), [[1, 'missing column: url, verified']]);
});

test('phishtank csv: empty input and garbage', () => {
  assert.deepEqual(phishtankCsv.parse(''), { indicators: [], badCount: 0, bad: [] });
  const html = phishtankCsv.parse('<html>\n<body>Forbidden</body>\n</html>\n');
  assert.deepEqual(html.indicators, []);
  assert.deepEqual(html.bad.map((item) => [item.line, item.reason]), [[1, 'missing column: phish_id, url, verified']]);
  const rows = phishtankCsv.parse('phish_id,url,verified\n1,"http://a.example/\n');
  assert.deepEqual(rows.indicators, []);
  assert.deepEqual(rows.bad.map((item) => [item.line, item.reason]), [[2, 'unterminated quoted field']]);
});
