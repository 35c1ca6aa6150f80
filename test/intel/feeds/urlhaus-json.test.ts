import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import urlhausCsv from '../../../src/intel/feeds/urlhaus-csv.ts';
import urlhausJson from '../../../src/intel/feeds/urlhaus-json.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

test('urlhaus-json: one URL per entry, several entries under one id; bad entries counted by position', () => {
  const result = urlhausJson.parse(fixture('urlhaus-json/json.txt'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'http://198.51.100.7:44123/Mozi.m',
      categories: ['Malware'],
      tags: ['malware_download', '32-bit', 'elf', 'mips', 'Mozi'],
      id: '3300101',
      firstSeen: '2026-11-01T11:58:12Z',
    },
    // tags: null
    { kind: 'url', value: 'https://cdn.evil.example/payload/invoice.zip', categories: ['Malware'], tags: ['malware_download'], id: '3300102', firstSeen: '2026-11-01T11:40:01Z' },
    { kind: 'url', value: 'http://shop-assets.test/js/jquery.min.js', categories: [], tags: ['skimmer_kit', 'magecart'], id: '3300103', firstSeen: '2026-11-01T10:02:55Z' },
    // An empty tag is dropped.
    { kind: 'url', value: 'http://203.0.113.10/i', categories: ['Malware'], tags: ['malware_download', 'elf', 'Mirai'], id: '3300108', firstSeen: '2026-11-01T06:00:00Z' },
    { kind: 'url', value: 'http://203.0.113.10/j', categories: ['Malware'], tags: ['malware_download', 'elf'], id: '3300108', firstSeen: '2026-11-01T06:30:00Z' },
  ]);
  assert.equal(result.badCount, 4);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [4, 'not an http(s) URL'],
      [5, 'not an array of entries'],
      [6, 'entry is not an object'],
      [7, 'no url'],
    ],
  );
  assert.equal(result.bad[1]?.text, '{"3300105":"removed"}');
});

test('urlhaus-json: the JSON and CSV dumps give the same indicator for the same record', () => {
  const fromJson = urlhausJson.parse(fixture('urlhaus-json/json.txt')).indicators.find((item) => item.id === '3300101');
  const fromCsv = urlhausCsv.parse(fixture('urlhaus-csv/csv.txt')).indicators.find((item) => item.id === '3300101');
  assert.ok(fromJson);
  assert.deepEqual(fromJson, fromCsv);
});

test('urlhaus-json: invalid JSON is one bad record at the line where parsing stopped, never a throw', () => {
  const text = fixture('urlhaus-json/json.txt');
  const truncated = urlhausJson.parse(text.slice(0, 1000));
  assert.deepEqual(truncated.indicators, []);
  assert.equal(truncated.badCount, 1);
  assert.equal(truncated.bad[0]?.line, 33);
  assert.match(truncated.bad[0]?.reason ?? '', /^not valid JSON: Unterminated string/);

  const stray = urlhausJson.parse(text.replace('"3300103": [', '"3300103": [,'));
  assert.deepEqual([stray.badCount, stray.bad[0]?.line, stray.bad[0]?.text], [1, 31, '    "3300103": [,']);

  const cut = urlhausJson.parse(text.slice(0, 300));
  assert.deepEqual([cut.badCount, cut.bad[0]?.line, cut.bad[0]?.reason], [1, 9, 'not valid JSON: Unexpected end of JSON input']);

  const html = urlhausJson.parse('<html>\n<body>502 Bad Gateway</body>\n</html>\n');
  assert.deepEqual([html.badCount, html.bad[0]?.line, html.bad[0]?.text], [1, 1, '<html>']);
});

test('urlhaus-json: a document that is not an object keyed by id is one bad record; {} is an empty dump', () => {
  const result = urlhausJson.parse('[{"url": "http://a.example/"}]');
  assert.deepEqual(result, { indicators: [], badCount: 1, bad: [{ line: 1, text: '[{"url":"http://a.example/"}]', reason: 'not an object keyed by id' }] });
  assert.deepEqual(urlhausJson.parse('{}'), { indicators: [], badCount: 0, bad: [] });
});
