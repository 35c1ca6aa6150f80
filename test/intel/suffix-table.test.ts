import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SuffixTable } from '../../src/intel/index/suffix-table.ts';

test('suffix table: every dot-suffix of a host that is in the table, never a suffix that starts inside a label', () => {
  const table = new SuffixTable<string>();
  for (const key of ['example.com', 'ample.com', 'b.example.com', 'com', 'other.net']) table.set(key, key.toUpperCase());
  const seen: string[] = [];
  table.forEachSuffix('a.b.example.com', (value) => seen.push(value));
  assert.deepEqual(seen, ['COM', 'EXAMPLE.COM', 'B.EXAMPLE.COM']);
  const withoutWhole: string[] = [];
  table.forEachSuffix('b.example.com', (value) => withoutWhole.push(value), true);
  assert.deepEqual(withoutWhole, ['COM', 'EXAMPLE.COM']);
  assert.equal(table.get('ample.com'), 'AMPLE.COM');
  assert.equal(table.get('xample.com'), undefined);
  table.set('com', 'replaced');
  assert.equal(table.size, 5);
  assert.equal(table.get('com'), 'replaced');
  assert.deepEqual([...table.entries()].map(([key]) => key).sort(), ['ample.com', 'b.example.com', 'com', 'example.com', 'other.net']);
});

test('suffix table: many keys, each found by get and as a suffix (hash buckets shared by different keys)', () => {
  const table = new SuffixTable<number>();
  for (let i = 0; i < 50_000; i++) table.set(`h${i}.example`, i);
  assert.equal(table.size, 50_000);
  for (let i = 0; i < 50_000; i += 997) {
    assert.equal(table.get(`h${i}.example`), i);
    const found: number[] = [];
    table.forEachSuffix(`cdn.h${i}.example`, (value) => found.push(value));
    assert.deepEqual(found, [i]);
  }
  assert.equal(table.get('h50000.example'), undefined);
});
