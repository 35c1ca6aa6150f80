import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import urlList from '../../../src/intel/feeds/url-list.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/url-list/${name}`, import.meta.url), 'utf8');

test('url list: absolute http(s) URLs as spelled, trailing comments dropped, fragments kept; other lines are bad', () => {
  const result = urlList.parse(fixture('malware-urls.txt'));
  assert.deepEqual(result.indicators, [
    { kind: 'url', value: 'http://evil.example/payload.exe', categories: [] },
    { kind: 'url', value: 'https://cdn.skimmer.example/js/jquery.min.js?v=3.6.0', categories: [] },
    { kind: 'url', value: 'http://192.0.2.15:8080/bins/mozi.m', categories: [] },
    { kind: 'url', value: 'https://shop.test/checkout#frag', categories: [] },
    { kind: 'url', value: 'HTTPS://UPPER.EXAMPLE/Gate.php', categories: [] },
    { kind: 'url', value: 'https://tabbed.example/x.js', categories: [] },
  ]);
  assert.equal(result.badCount, 5);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.text]),
    [
      [9, 'hxxp://defanged.example/loader.js'],
      [10, 'evil-no-scheme.example/path'],
      [11, 'ftp://files.example/malware.zip'],
      [12, 'http://spaced.example/a b'],
      [15, '<html><body>Rate limited</body></html>'],
    ],
  );
  assert.ok(result.bad.every((item) => item.reason === 'not an absolute http(s) URL'));
  assert.deepEqual(urlList.meta.defaultCategories, ['Malware']);
});

test('url list: empty input, CRLF line ends, and a dump that is all garbage', () => {
  assert.deepEqual(urlList.parse('').indicators, []);
  assert.equal(urlList.parse('').badCount, 0);
  const crlf = urlList.parse('# list\r\nhttp://a.example/\r\nhttps://b.example/x\r\n');
  assert.deepEqual(crlf.indicators.map((item) => item.value), ['http://a.example/', 'https://b.example/x']);
  assert.equal(crlf.badCount, 0);
  const garbage = urlList.parse(Array.from({ length: 20 }, (_, i) => `{"error": ${i}}`).join('\n'));
  assert.equal(garbage.indicators.length, 0);
  assert.equal(garbage.badCount, 20);
  assert.equal(garbage.bad.length, 5);
});
