import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvRecords, parseCsv, parseCsvRows } from '../../../src/intel/feeds/csv.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/csv/${name}`, import.meta.url), 'utf8');

test('csv: quoted commas, doubled quotes and line breaks; comments and blank lines skipped; rows keep their starting line', () => {
  const rows = parseCsvRows(fixture('tricky.csv'));
  assert.deepEqual(
    rows.map((row) => [row.line, row.fields]),
    [
      [2, ['id', 'url', 'note']],
      [4, ['1', 'plain', 'no quotes']],
      [5, ['2', 'comma, inside', 'doubled "quotes" here']],
      [6, ['3', 'multi\nline\nfield', 'after']],
      // Line 9 is a comment between records; a `#` inside quotes is data.
      [10, ['4', '', '# not a comment inside quotes']],
      [11, ['5', 'straytail', 'x']],
      // An unterminated quote swallows the rest of the dump: one bad row, not a crash.
      [12, ['6', 'never closed,\n7,lost,inside\n']],
    ],
  );
  assert.deepEqual(
    rows.map((row) => row.error),
    [undefined, undefined, undefined, undefined, undefined, 'text after a closing quote', 'unterminated quoted field'],
  );
  assert.equal(rows[2]?.text, '2,"comma, inside","doubled ""quotes"" here"');
  assert.equal(rows[3]?.text, '3,"multi\nline\nfield",after');
});

test('csv: CRLF line ends, a byte-order mark, a trailing empty field and no final line break', () => {
  const rows = parseCsvRows('\uFEFFa,b\r\n"x\r\ny",\r\n\r\nlast,"q"');
  assert.deepEqual(
    rows.map((row) => [row.line, row.fields, row.text]),
    [
      [1, ['a', 'b'], 'a,b'],
      [2, ['x\r\ny', ''], '"x\r\ny",'],
      [5, ['last', 'q'], 'last,"q"'],
    ],
  );
  assert.deepEqual(parseCsv('1,2\n3'), [['1', '2'], ['3']]);
  assert.deepEqual(parseCsv(''), []);
  assert.deepEqual(parseCsv('\n\n# only a comment\n'), []);
});

test('csv records: columns found by name whatever their order and case; missing columns and wrong field counts reported', () => {
  const table = csvRecords('Verified, URL ,phish_id,url\nyes,http://a.example/,1,http://ignored.example/\nno,http://b.example/\n', ['url', 'phish_id', 'target']);
  assert.deepEqual(table.header, ['verified', 'url', 'phish_id', 'url']);
  assert.equal(table.headerLine, 1);
  assert.equal(table.headerText, 'Verified, URL ,phish_id,url');
  assert.deepEqual(table.missing, ['target']);
  assert.equal(table.rows.length, 2);
  // The first column of a repeated name wins.
  assert.deepEqual({ ...table.rows[0]?.values }, { verified: 'yes', url: 'http://a.example/', phish_id: '1' });
  assert.equal(table.rows[0]?.error, undefined);
  assert.equal(table.rows[1]?.line, 3);
  assert.equal(table.rows[1]?.values.phish_id, undefined);
  assert.equal(table.rows[1]?.error, 'expected 4 fields, found 2');
});

test('csv records: a header written as a comment, as abuse.ch dumps do', () => {
  const dump = [
    '################################################################',
    '# Example database dump (CSV)                                  #',
    '################################################################',
    '#',
    '# id,dateadded,url,threat',
    '"11","2026-11-01 05:00:01","http://192.0.2.7/x.sh","malware_download"',
    '# "first_seen_utc","ioc_id"',
  ].join('\n');
  const table = csvRecords(dump, ['url'], { headerInComment: true });
  assert.deepEqual(table.header, ['id', 'dateadded', 'url', 'threat']);
  assert.equal(table.headerLine, 5);
  assert.deepEqual(table.missing, []);
  assert.deepEqual(
    table.rows.map((row) => [row.line, row.values.url, row.values.threat]),
    [[6, 'http://192.0.2.7/x.sh', 'malware_download']],
  );
  const quoted = csvRecords('# "first_seen_utc","ioc_value"\n"2026-11-01","evil.example"\n', ['ioc_value'], { headerInComment: true });
  assert.deepEqual(quoted.header, ['first_seen_utc', 'ioc_value']);
  assert.equal(quoted.rows[0]?.values.ioc_value, 'evil.example');
});

test('csv records: no header at all', () => {
  const table = csvRecords('', ['url']);
  assert.deepEqual(table.header, []);
  assert.equal(table.headerLine, 0);
  assert.deepEqual(table.rows, []);
  assert.deepEqual(table.missing, ['url']);
});
