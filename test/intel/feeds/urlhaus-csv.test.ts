import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import urlhausCsv from '../../../src/intel/feeds/urlhaus-csv.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/urlhaus-csv/${name}`, import.meta.url), 'utf8');

test('urlhaus-csv: header from the last comment line; one URL per row; threat and tags mapped; dateadded as ISO', () => {
  const result = urlhausCsv.parse(fixture('csv.txt'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'http://198.51.100.7:44123/Mozi.m',
      categories: ['Malware'],
      tags: ['malware_download', '32-bit', 'elf', 'mips', 'Mozi'],
      id: '3300101',
      firstSeen: '2026-11-01T11:58:12Z',
    },
    // `offline` is the host's state at the last check, not a withdrawal: no `revoked`.
    {
      kind: 'url',
      value: 'https://cdn.evil.example/payload/invoice.zip',
      categories: ['Malware'],
      tags: ['malware_download', 'zip'],
      id: '3300102',
      firstSeen: '2026-11-01T11:40:01Z',
    },
    // A threat other than malware_download names no category: the feed's defaults apply.
    { kind: 'url', value: 'http://shop-assets.test/js/jquery.min.js', categories: [], tags: ['skimmer_kit'], id: '3300103', firstSeen: '2026-11-01T10:02:55Z' },
    // Doubled quotes inside a quoted field.
    {
      kind: 'url',
      value: 'http://evil.example/q?x="1"',
      categories: ['Malware'],
      tags: ['malware_download', 'doc', 'Emotet'],
      id: '3300105',
      firstSeen: '2026-11-01T09:00:00Z',
    },
    { kind: 'url', value: 'http://203.0.113.10/i', categories: ['Malware'], tags: ['malware_download', 'elf'], id: '3300109', firstSeen: '2026-11-01T06:00:00Z' },
  ]);
  assert.equal(result.badCount, 4);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [13, 'not an http(s) URL'],
      [16, 'expected 9 fields, found 8'],
      [17, 'not an http(s) URL'],
      [18, 'expected 9 fields, found 1'],
    ],
  );
  assert.equal(result.bad[3]?.text, '<html><body>502 Bad Gateway</body></html>');
});

test('urlhaus-csv: a plain first-line header with reordered columns is read by name', () => {
  const result = urlhausCsv.parse(fixture('reordered.csv'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'https://dl.evil.example/a.exe',
      categories: ['Malware'],
      tags: ['malware_download', 'exe', 'AsyncRAT'],
      id: '3300201',
      firstSeen: '2026-11-02T01:02:03Z',
    },
    { kind: 'url', value: 'http://198.51.100.99/x', categories: [], id: '3300202', firstSeen: '2026-11-02T02:00:00Z' },
  ]);
  // The third row was written in the dump's usual order under this header: its `url` column holds the id.
  assert.equal(result.badCount, 1);
  assert.deepEqual(result.bad.map((item) => [item.line, item.reason]), [[4, 'not an http(s) URL']]);
});

test('urlhaus-csv: a reordered header in the comment line is read by name too', () => {
  const text = [
    '# URLhaus export',
    '# threat,url,id,dateadded,tags',
    '"malware_download","http://198.51.100.8/bin","42","2026-11-03 04:05:06","Mozi,elf"',
  ].join('\n');
  assert.deepEqual(urlhausCsv.parse(text), {
    indicators: [
      { kind: 'url', value: 'http://198.51.100.8/bin', categories: ['Malware'], tags: ['malware_download', 'Mozi', 'elf'], id: '42', firstSeen: '2026-11-03T04:05:06Z' },
    ],
    badCount: 0,
    bad: [],
  });
});

test('urlhaus-csv: without a header naming the url column every row is bad, nothing is guessed by position', () => {
  const text = [
    '# abuse.ch URLhaus Database Dump (CSV)',
    '"1","2026-11-01 00:00:00","http://a.example/","online","","malware_download","","",""',
    '"2","2026-11-01 00:00:00","http://b.example/","online","","malware_download","","",""',
  ].join('\n');
  const result = urlhausCsv.parse(text);
  assert.deepEqual(result.indicators, []);
  assert.equal(result.badCount, 2);
  assert.deepEqual(result.bad.map((item) => [item.line, item.reason]), [
    [2, 'no header line naming the columns: url'],
    [3, 'no header line naming the columns: url'],
  ]);
});

test('urlhaus-csv: a repeated header row (two dumps concatenated) is not a bad record; an empty dump is empty', () => {
  const text = ['id,url,threat', '1,http://a.example/,malware_download', 'id,url,threat', '2,http://b.example/,'].join('\n');
  const result = urlhausCsv.parse(text);
  assert.deepEqual(result.indicators.map((item) => `${item.id}:${item.value}:${item.categories.join('|')}`), ['1:http://a.example/:Malware', '2:http://b.example/:']);
  assert.equal(result.badCount, 0);
  assert.deepEqual(urlhausCsv.parse(''), { indicators: [], badCount: 0, bad: [] });
});
